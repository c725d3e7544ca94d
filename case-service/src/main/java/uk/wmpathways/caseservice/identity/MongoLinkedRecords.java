package uk.wmpathways.caseservice.identity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.enrolment.LinkedRecords;
import uk.wmpathways.infra.axon.Subscribing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The write side's knowledge of linked records, for rules across aggregates (one trial arm per person). A
 * subscribing processor: written in the unit of work that stores the decision, so the next command sees the link
 * (a tracking read model would lag). One document per linked pair, removed when a later decision unlinks it;
 * ids only.
 */
@Component
@Subscribing
@ProcessingGroup(MongoLinkedRecords.PROCESSING_GROUP)
class MongoLinkedRecords implements LinkedRecords {

    static final String PROCESSING_GROUP = "person-links";
    static final String COLLECTION = "person_links";

    private final MongoTemplate mongo;

    MongoLinkedRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IdentityDecided event, @SequenceNumber long sequence) {
        Query newer = Query.query(Criteria.where("_id").is(event.pairId()));
        Document held = mongo.findById(event.pairId(), Document.class, COLLECTION);
        if (held != null && held.get("lastSequence", 0L) >= sequence) {
            return;
        }
        mongo.upsert(newer, new Update().set("first", event.firstParticipantId())
                .set("second", event.secondParticipantId())
                .set("linked", event.decision() == IdentityDecision.LINK)
                .set("lastSequence", sequence), COLLECTION);
    }

    /** Every record linked to this one, directly or through others (A with B, B with C: A with C). */
    @Override
    public Set<String> linkedTo(String participantId) {
        Set<String> group = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(participantId));
        while (!toVisit.isEmpty()) {
            String next = toVisit.pop();
            if (!group.add(next)) {
                continue;
            }
            Query pairs = Query.query(new Criteria().andOperator(Criteria.where("linked").is(true),
                    new Criteria().orOperator(Criteria.where("first").is(next), Criteria.where("second").is(next))));
            for (Document pair : mongo.find(pairs, Document.class, COLLECTION)) {
                toVisit.add(pair.getString("first").equals(next) ? pair.getString("second") : pair.getString("first"));
            }
        }
        group.remove(participantId);
        return group;
    }
}
