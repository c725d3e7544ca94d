package uk.wmpathways.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store allocates global indexes with {@code findOneAndUpdate($inc)} asking for the document as it
 * was before; this is atomic on the embedded server even across connections. (Asking for the document after
 * was not while mongo-java-server changed stored documents in place; updates now change a copy, see
 * {@link EmbeddedH2Collection}.)
 */
class EmbeddedFindAndModifyTest {

    @Test
    void incrementsSeenBeforeTheUpdateAreUniqueAcrossConnectionsAndThreads() throws Exception {
        EmbeddedMongoServer server = new EmbeddedMongoServer(
                new EmbeddedMongoProperties(EmbeddedMongoProperties.Storage.MEMORY, null, "probe", null));
        Set<Long> allocated = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (MongoClient first = MongoClients.create(server.connectionString());
             MongoClient second = MongoClients.create(server.connectionString())) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                MongoCollection<Document> counter = (t % 2 == 0 ? first : second).getDatabase("probe").getCollection("seq");
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        Document before = counter.findOneAndUpdate(Filters.eq("_id", "global"), Updates.inc("next", 1L),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
                        allocated.add(before == null ? 0 : before.getLong("next"));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
            server.close();
        }
        assertThat(allocated).hasSize(2000).contains(0L, 1999L);
    }
}
