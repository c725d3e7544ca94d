package uk.wmpathways.reporting.identity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.infra.axon.SplittablePerAggregate;
import uk.wmpathways.infra.readmodel.SequencedWrites;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The standing identity decision on each pair of records (the latest one), for the duplicate check and the
 * linked groups: records linked directly or through others are one person, joined in view, each kept whole.
 * Idempotent by the pair's sequence number, so a replay or a rebuild gives the same documents. Ids only.
 */
@Component
@ProcessingGroup(IdentityDecisionsProjection.PROCESSING_GROUP)
@SplittablePerAggregate
public class IdentityDecisionsProjection {

    static final String PROCESSING_GROUP = "identity-decisions";
    private static final String FIRST = "first";
    private static final String SECOND = "second";
    private static final String DECISION = "decision";

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;

    IdentityDecisionsProjection(MongoTemplate mongo, ReadModelCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    @EventHandler
    void on(IdentityDecided event, @SequenceNumber long sequence) {
        String target = collections.target(PROCESSING_GROUP);
        if (!mongo.exists(Query.query(Criteria.where("_id").is(event.pairId())), target)) {
            mongo.insert(new Document("_id", event.pairId()).append(FIRST, event.firstParticipantId())
                    .append(SECOND, event.secondParticipantId()).append(SequencedWrites.LAST_SEQUENCE, -1L), target);
        }
        SequencedWrites.apply(mongo, target, event.pairId(), sequence, new Update()
                .set(DECISION, event.decision().name()).set("decidedBy", event.decidedBy())
                .set("decidedAt", event.decidedAt().toString()));
    }

    @ResetHandler
    void reset() {
        collections.dropTarget(PROCESSING_GROUP);
    }

    /** The records people decided are not the same person as this one (not offered as likely matches again). */
    public Set<String> notSamePersonAs(String participantId) {
        return pairsOf(participantId, IdentityDecision.NOT_SAME_PERSON).stream()
                .map(pair -> otherOf(pair, participantId)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every record linked to this one, directly or through others (A with B, B with C: A with C). */
    public Set<String> linkedTo(String participantId) {
        Set<String> group = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(participantId));
        while (!toVisit.isEmpty()) {
            String next = toVisit.pop();
            if (group.add(next)) {
                pairsOf(next, IdentityDecision.LINK).forEach(pair -> toVisit.add(otherOf(pair, next)));
            }
        }
        group.remove(participantId);
        return group;
    }

    /** A record linked directly to another, with who decided the link and when. */
    public record DirectLink(String otherParticipantId, String decidedBy, Instant decidedAt) {
    }

    /** The records linked directly to this one (not through others), oldest link first. */
    public List<DirectLink> directLinksOf(String participantId) {
        return pairsOf(participantId, IdentityDecision.LINK).stream()
                .map(pair -> new DirectLink(otherOf(pair, participantId), pair.getString("decidedBy"),
                        Instant.parse(pair.getString("decidedAt"))))
                .sorted(Comparator.comparing(DirectLink::decidedAt))
                .toList();
    }

    private List<Document> pairsOf(String participantId, IdentityDecision decision) {
        Query query = Query.query(new Criteria().andOperator(Criteria.where(DECISION).is(decision.name()),
                new Criteria().orOperator(Criteria.where(FIRST).is(participantId),
                        Criteria.where(SECOND).is(participantId))));
        return mongo.find(query, Document.class, collections.live(PROCESSING_GROUP));
    }

    private static String otherOf(Document pair, String participantId) {
        return pair.getString(FIRST).equals(participantId) ? pair.getString(SECOND) : pair.getString(FIRST);
    }
}
