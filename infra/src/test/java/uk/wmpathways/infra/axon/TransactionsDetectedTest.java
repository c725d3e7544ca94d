package uk.wmpathways.infra.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-event appends run in a transaction wherever MongoDB can run one: on a replica set and behind a sharded
 * cluster's mongos, not on a standalone server or the embedded one. Decided from the server's {@code isMaster}.
 */
class TransactionsDetectedTest {

    @Test
    void aReplicaSetMemberAndAMongosRunTransactions() {
        assertThat(AxonStorageAutoConfiguration.supportsTransactions(new Document("ismaster", true)
                .append("setName", "rs0").append("maxWireVersion", 21))).isTrue();
        assertThat(AxonStorageAutoConfiguration.supportsTransactions(new Document("ismaster", true)
                .append("msg", "isdbgrid").append("maxWireVersion", 21))).isTrue();
    }

    @Test
    void aStandaloneServerAndTheEmbeddedOneDoNot() {
        assertThat(AxonStorageAutoConfiguration.supportsTransactions(new Document("ismaster", true)
                .append("maxWireVersion", 21))).isFalse();
        EmbeddedMongoServer embedded = new EmbeddedMongoServer(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, null, "pathways_test", null));
        try (MongoClient client = MongoClients.create(embedded.connectionString())) {
            Document isMaster = client.getDatabase("pathways_test").runCommand(new Document("isMaster", 1));
            assertThat(AxonStorageAutoConfiguration.supportsTransactions(isMaster)).isFalse();
        } finally {
            embedded.close();
        }
    }
}
