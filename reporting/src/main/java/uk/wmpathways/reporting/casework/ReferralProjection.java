package uk.wmpathways.reporting.casework;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.caseservice.api.referral.ReferralAccepted;
import uk.wmpathways.caseservice.api.referral.ReferralDeclined;
import uk.wmpathways.caseservice.api.referral.ReferralEvent;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralWithdrawn;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.List;

import static uk.wmpathways.reporting.casework.CaseworkProjection.PARTICIPANTS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.PROCESSING_GROUP;
import static uk.wmpathways.reporting.casework.CaseworkProjection.REFERRALS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.TIMELINE;

/**
 * Referrals in the casework read model (same processing group, so the person's name is known and the enrolment
 * an acceptance starts is handled in order): the referral itself, who may see the person while it is pending
 * ({@link ParticipantNameDocument#referredTo()}, worked out again from the pending referrals at every change, so
 * a replay gives the same answer), and its entries in the person's timeline, for the referring and the receiving
 * organisation only. Updates are guarded by the referral's sequence number.
 */
@Component
@ProcessingGroup(PROCESSING_GROUP)
class ReferralProjection {

    private static final Logger log = LoggerFactory.getLogger(ReferralProjection.class);

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final QueryUpdateEmitter updates;
    private final TimelineText timelineText;

    ReferralProjection(MongoTemplate mongo, ReadModelCollections collections, QueryUpdateEmitter updates,
                       ProviderOrganisations organisations, UserAccounts accounts) {
        this.mongo = mongo;
        this.collections = collections;
        this.updates = updates;
        this.timelineText = new TimelineText(organisations, accounts::displayNameOf);
    }

    static void ensureIndexes(MongoTemplate mongo, String referrals) {
        mongo.indexOps(referrals).ensureIndex(new Index().on("toOrganisation", Sort.Direction.ASC));
        mongo.indexOps(referrals).ensureIndex(new Index().on("fromOrganisation", Sort.Direction.ASC));
        mongo.indexOps(referrals).ensureIndex(new Index().on("participantId", Sort.Direction.ASC));
    }

    @EventHandler
    void on(ReferralMade event, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token) {
        // the casework processor's other handlers stage their writes: written before this handler's own
        BatchedWrites.of(mongo).flushAndForget();
        if (find(event.referralId()) != null) {
            shareWhilePending(event.participantId()); // delivered again: the person's document may be older
            return;
        }
        ReferralDocument referral = new ReferralDocument(event.referralId(), event.participantId(),
                participantName(event.participantId()), event.pathway(), event.fromOrganisation(),
                event.toOrganisation(), event.referredBy(), event.reason(), event.at(), ReferralStatus.PENDING,
                null, null, null, null, sequence);
        timeline(event, referral, event.referredBy(), eventId, token);
        mongo.save(referral, target(REFERRALS));
        shareWhilePending(referral.participantId());
    }

    @EventHandler
    void on(ReferralAccepted event, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token) {
        // the casework processor's other handlers stage their writes: written before this handler's own
        BatchedWrites.of(mongo).flushAndForget();
        decide(event, sequence, eventId, token, event.acceptedBy(), referral -> referral.decided(
                ReferralStatus.ACCEPTED, event.acceptedBy(), event.at(), null, event.enrolmentId(), sequence));
    }

    @EventHandler
    void on(ReferralDeclined event, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token) {
        // the casework processor's other handlers stage their writes: written before this handler's own
        BatchedWrites.of(mongo).flushAndForget();
        decide(event, sequence, eventId, token, event.declinedBy(), referral -> referral.decided(
                ReferralStatus.DECLINED, event.declinedBy(), event.at(), event.reason(), null, sequence));
    }

    @EventHandler
    void on(ReferralWithdrawn event, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token) {
        // the casework processor's other handlers stage their writes: written before this handler's own
        BatchedWrites.of(mongo).flushAndForget();
        decide(event, sequence, eventId, token, event.withdrawnBy(), referral -> referral.decided(
                ReferralStatus.WITHDRAWN, event.withdrawnBy(), event.at(), null, null, sequence));
    }

    private void decide(ReferralEvent event, long sequence, String eventId, TrackingToken token, String by,
                        java.util.function.UnaryOperator<ReferralDocument> decision) {
        ReferralDocument current = find(event.referralId());
        if (current == null) {
            log.warn("Referral {}: {} arrived before the referral was made; ignored", event.referralId(),
                    event.getClass().getSimpleName());
            return;
        }
        if (current.lastSequence() >= sequence) {
            shareWhilePending(current.participantId()); // applied already: the person's document may be older
            return;
        }
        timeline(event, current, by, eventId, token);
        mongo.save(decision.apply(current), target(REFERRALS));
        shareWhilePending(current.participantId());
    }

    /** The organisations with a pending referral of the person's see them; worked out from the referrals. */
    private void shareWhilePending(String participantId) {
        List<String> pendingWith = mongo.find(Query.query(Criteria.where("participantId").is(participantId)),
                        ReferralDocument.class, target(REFERRALS)).stream()
                .filter(referral -> referral.status() == ReferralStatus.PENDING)
                .map(ReferralDocument::toOrganisation)
                .distinct()
                .sorted()
                .toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId)),
                new Update().set(ParticipantNameDocument.REFERRED_TO, pendingWith), target(PARTICIPANTS));
    }

    private void timeline(ReferralEvent event, ReferralDocument referral, String by, String eventId,
                          TrackingToken token) {
        TimelineText.Line line = timelineText.of(event, referral);
        List<String> both = List.of(referral.fromOrganisation(), referral.toOrganisation());
        TimelineDocument entry = new TimelineDocument(eventId, referral.participantId(), null, referral.pathway(),
                line.occurredOn(), line.text(), by, event.at(), token == null ? -1 : token.position().orElse(-1),
                null, both);
        mongo.save(entry, target(TIMELINE));
        if (!ReplayToken.isReplay(token)) {
            TimelineEntry published = entry.entry();
            updates.emit(message -> message.getPayload() instanceof FindParticipantTimeline query
                    && query.participantId().equals(published.participantId())
                    && ReadAccess.mayWatch(message.getMetaData(), both), published);
        }
    }

    private ReferralDocument find(String referralId) {
        return mongo.findById(referralId, ReferralDocument.class, target(REFERRALS));
    }

    private String participantName(String participantId) {
        ParticipantNameDocument name = mongo.findById(participantId, ParticipantNameDocument.class,
                target(PARTICIPANTS));
        return name == null ? null : name.name();
    }

    private String target(String part) {
        return collections.target(PROCESSING_GROUP, part);
    }
}
