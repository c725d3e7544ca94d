package uk.wmpathways.reporting.casework;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantQueries.CountOpenEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.referral.ReferralAccepted;
import uk.wmpathways.caseservice.api.referral.ReferralDeclined;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.referral.ReferralWithdrawn;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static uk.wmpathways.reporting.casework.CaseworkProjection.DUE_ITEMS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.ENROLMENTS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.PARTICIPANTS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.PROCESSING_GROUP;
import static uk.wmpathways.reporting.casework.CaseworkProjection.REFERRALS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.TIMELINE;

/**
 * The casework read model of an erased person is written again from their events, which now read with the
 * erased placeholders: their name, each enrolment (state, due items, timeline) and each referral. Writing them
 * from the events, through the same handlers, is what makes the result the same as a rebuild after the erasure.
 * Each entry keeps the global position it had, as a rebuild would give it.
 */
@Component
@ProcessingGroup(PROCESSING_GROUP)
class CaseworkErasure {

    static final String ERASED_NAME = PersonalData.ERASED + " " + PersonalData.ERASED;

    private final CaseworkProjection casework;
    private final ReferralProjection referrals;
    private final EventStore events;
    private final MongoTemplate mongo;
    private final ReadModelCollections collections;

    CaseworkErasure(CaseworkProjection casework, ReferralProjection referrals, EventStore events, MongoTemplate mongo,
                    ReadModelCollections collections) {
        this.casework = casework;
        this.referrals = referrals;
        this.events = events;
        this.mongo = mongo;
        this.collections = collections;
    }

    @EventHandler
    void on(ParticipantErased event) {
        // the casework processor's other handlers stage their writes: written before this handler's own
        BatchedWrites.of(mongo).flushAndForget();
        String participantId = event.participantId();
        // The name first: the enrolments and referrals written again take it from there.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId)), Update.update("name", ERASED_NAME),
                target(PARTICIPANTS));
        Query ofParticipant = Query.query(Criteria.where("participantId").is(participantId));
        for (EnrolmentDocument enrolment : mongo.find(ofParticipant, EnrolmentDocument.class, target(ENROLMENTS))) {
            rewriteEnrolment(enrolment.enrolmentId());
        }
        for (ReferralDocument referral : mongo.find(ofParticipant, ReferralDocument.class, target(REFERRALS))) {
            rewriteReferral(referral.referralId());
        }
    }

    /** Answered to the data protection officer and the system only: a count, nothing about the person. */
    @QueryHandler
    Integer openEnrolments(CountOpenEnrolments query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException("Only the data protection officer asks this");
        }
        return (int) mongo.find(Query.query(Criteria.where("participantId").is(query.participantId())),
                        EnrolmentDocument.class, target(ENROLMENTS)).stream()
                .filter(enrolment -> enrolment.stage() != Stage.CLOSED)
                .count();
    }

    private void rewriteEnrolment(String enrolmentId) {
        Map<String, Long> positions = positionsOf("enrolmentId", enrolmentId);
        Query ofEnrolment = Query.query(Criteria.where("enrolmentId").is(enrolmentId));
        mongo.remove(ofEnrolment, target(DUE_ITEMS));
        mongo.remove(ofEnrolment, target(TIMELINE));
        mongo.remove(Query.query(Criteria.where("_id").is(enrolmentId)), target(ENROLMENTS));
        // From sequence 0, not through a snapshot: every event is written again.
        events.readEvents(enrolmentId, 0).asStream().forEach(message -> casework.on(
                (EnrolmentEvent) message.getPayload(), message.getSequenceNumber(), message.getIdentifier(),
                positionOf(positions, message)));
    }

    private void rewriteReferral(String referralId) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(referralId, 0).asStream().toList();
        Map<String, Long> positions = mongo.find(Query.query(Criteria.where("_id")
                        .in(stream.stream().map(DomainEventMessage::getIdentifier).toList())),
                TimelineDocument.class, target(TIMELINE)).stream()
                .collect(Collectors.toMap(TimelineDocument::entryId, TimelineDocument::globalPosition));
        mongo.remove(Query.query(Criteria.where("_id").is(referralId)), target(REFERRALS));
        for (DomainEventMessage<?> message : stream) {
            long sequence = message.getSequenceNumber();
            String eventId = message.getIdentifier();
            GlobalSequenceTrackingToken token = positionOf(positions, message);
            Object payload = message.getPayload();
            if (payload instanceof ReferralMade made) {
                referrals.on(made, sequence, eventId, token);
            } else if (payload instanceof ReferralAccepted accepted) {
                referrals.on(accepted, sequence, eventId, token);
            } else if (payload instanceof ReferralDeclined declined) {
                referrals.on(declined, sequence, eventId, token);
            } else if (payload instanceof ReferralWithdrawn withdrawn) {
                referrals.on(withdrawn, sequence, eventId, token);
            }
        }
    }

    private Map<String, Long> positionsOf(String field, String value) {
        return mongo.find(Query.query(Criteria.where(field).is(value)), TimelineDocument.class, target(TIMELINE))
                .stream().collect(Collectors.toMap(TimelineDocument::entryId, TimelineDocument::globalPosition));
    }

    private static GlobalSequenceTrackingToken positionOf(Map<String, Long> positions, DomainEventMessage<?> message) {
        Long position = positions.get(message.getIdentifier());
        return position == null || position < 0 ? null : new GlobalSequenceTrackingToken(position);
    }

    private String target(String part) {
        return collections.target(PROCESSING_GROUP, part);
    }
}
