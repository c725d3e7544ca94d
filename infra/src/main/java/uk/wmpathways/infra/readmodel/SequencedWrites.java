package uk.wmpathways.infra.readmodel;

import com.mongodb.client.model.Filters;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Read-model updates that are idempotent by the event's sequence number: each document remembers the
 * sequence number of the last event applied to it ({@value #LAST_SEQUENCE}) and an update is applied only
 * to a document that has not seen that event yet. An event delivered again after a crash changes nothing.
 */
public final class SequencedWrites {

    public static final String LAST_SEQUENCE = "lastSequence";

    private SequencedWrites() {
    }

    /** Applies {@code update} to the document {@code id} unless it has already applied event {@code sequence}. */
    public static boolean apply(MongoTemplate mongo, String collection, String id, long sequence, Update update) {
        Query notYetApplied = Query.query(Criteria.where("_id").is(id).and(LAST_SEQUENCE).lt(sequence));
        return mongo.updateFirst(notYetApplied, update.set(LAST_SEQUENCE, sequence), collection).getModifiedCount() == 1;
    }

    /** As {@link #apply(MongoTemplate, String, String, long, Update)}, staged in the batch's {@link BatchedWrites}. */
    public static void apply(BatchedWrites writes, String collection, String id, long sequence, Update update) {
        writes.updateOne(id, Filters.and(Filters.eq("_id", id), Filters.lt(LAST_SEQUENCE, sequence)),
                update.set(LAST_SEQUENCE, sequence), collection);
    }
}
