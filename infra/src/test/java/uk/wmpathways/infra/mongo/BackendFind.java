package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.embedded.EmbeddedChannel;

import java.util.List;

/** A find command sent straight to an embedded backend, as the driver would send it, and its first batch. */
final class BackendFind {

    private BackendFind() {
    }

    /** The documents of {@code collection} in database "db" matching {@code filter}, up to {@code batchSize}. */
    @SuppressWarnings("unchecked")
    static List<Document> find(H2Backend backend, String collection, Document filter, int batchSize) {
        Document answer = backend.handleCommand(new EmbeddedChannel(), "db", "find", new Document("find", collection)
                .append("filter", filter).append("batchSize", batchSize));
        return (List<Document>) ((Document) answer.get("cursor")).get("firstBatch");
    }
}
