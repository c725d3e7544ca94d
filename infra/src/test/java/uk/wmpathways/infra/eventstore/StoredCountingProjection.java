package uk.wmpathways.infra.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.axon.SplittablePerAggregate;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Counted;
import uk.wmpathways.infra.readmodel.SequencedWrites;

/**
 * A projection written as the real ones are, into MongoDB and idempotent by sequence number, so that what instances
 * in other JVMs did can be seen: per aggregate, the sequence numbers applied, in the order applied
 * ({@value #APPLIED}); per event, how many times it was handled ({@value #HANDLED}), which is more than once for
 * the batch a killed instance had handled but not yet recorded in its token. Only with
 * {@code test.stored-counting=true}.
 */
@Component
@ProcessingGroup(StoredCountingProjection.PROCESSING_GROUP)
@SplittablePerAggregate
@ConditionalOnProperty(name = "test.stored-counting", havingValue = "true")
class StoredCountingProjection {

    static final String PROCESSING_GROUP = "stored-counting";
    static final String APPLIED = "applied";
    static final String HANDLED = "handled";

    private final MongoTemplate mongo;

    StoredCountingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(Counted event, DomainEventMessage<Counted> message) {
        mongo.upsert(Query.query(Criteria.where("_id").is(message.getIdentifier())), new Update().inc("times", 1),
                HANDLED);
        mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().setOnInsert(SequencedWrites.LAST_SEQUENCE, -1L), APPLIED);
        SequencedWrites.apply(mongo, APPLIED, event.aggregateId(), message.getSequenceNumber(),
                new Update().push("sequences", message.getSequenceNumber()));
    }
}
