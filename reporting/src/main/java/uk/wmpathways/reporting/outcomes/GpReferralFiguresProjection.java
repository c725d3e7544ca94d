package uk.wmpathways.reporting.outcomes;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.outcomes.GpReferralRow.GpReferralEnrolment;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The read model behind the GP referral figures, kept as at any past day like the outcome reports
 * ({@link VersionedFacts}): per referral, versions of a {@link GpReferralRow}, each known from the London day on
 * which its event was recorded (received, accepted, rejected, cancelled at; an enrolment event's recordedAt).
 * <p>
 * A referral's row also follows its Thrive into Work enrolment (area, provider, funds, first contact that reached
 * the person), which is another aggregate: the enrolment's facts are kept apart ({@value #ENROLMENTS}, whatever
 * the order in which the acceptance and the enrolment's first events arrive) and copied into the referral's row
 * when either side changes. Because one row is changed by the events of two aggregates, the versions are guarded
 * by the event's global position (the tracking token), not by an aggregate's sequence number: events reach this
 * processor in that order, so an event delivered again after a crash changes nothing.
 */
@Component
@ProcessingGroup(GpReferralFiguresProjection.PROCESSING_GROUP)
class GpReferralFiguresProjection {

    static final String PROCESSING_GROUP = "gp-referral-figures";
    static final String REFERRAL_VERSIONS = "referral_versions";
    static final String ENROLMENTS = "enrolments";
    private static final String REFERRAL_ID = "referralId";

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final VersionedFacts<GpReferralRow> referrals;

    GpReferralFiguresProjection(MongoTemplate mongo, ReadModelCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
        this.referrals = referralVersions(mongo);
    }

    static VersionedFacts<GpReferralRow> referralVersions(MongoTemplate mongo) {
        return new VersionedFacts<>(mongo, GpReferralRow.class, row -> Map.of());
    }

    @EventHandler
    void on(GpReferralReceived event, TrackingToken token) {
        LocalDate receivedOn = dayOf(event.receivedAt());
        record(event.referralId(), token, receivedOn,
                current -> current != null ? current : GpReferralRow.received(event, receivedOn));
    }

    @EventHandler
    void on(GpReferralAccepted event, TrackingToken token) {
        BatchedWrites.of(mongo).upsert(event.enrolmentId(), new Update().set(REFERRAL_ID, event.referralId()),
                target(ENROLMENTS));
        GpReferralEnrolment enrolment = enrolment(event.enrolmentId());
        LocalDate on = dayOf(event.acceptedAt());
        record(event.referralId(), token, on,
                current -> current == null ? null : current.accepted(event.enrolmentId(), on, enrolment));
    }

    @EventHandler
    void on(GpReferralRejected event, TrackingToken token) {
        LocalDate on = dayOf(event.rejectedAt());
        record(event.referralId(), token, on, current -> current == null ? null : current.rejected(event.reason(), on));
    }

    @EventHandler
    void on(GpReferralCancelled event, TrackingToken token) {
        LocalDate on = dayOf(event.cancelledAt());
        record(event.referralId(), token, on, current -> current == null ? null : current.cancelled(on));
    }

    @EventHandler
    void on(ReferredToThriveIntoWork event, TrackingToken token) {
        changeEnrolment(event.enrolmentId(), true, token, event.recordedAt(), known -> new GpReferralEnrolment(
                event.localAuthority(), event.providerOrganisation(), event.fundingStream(),
                known == null ? null : known.firstContactOn()));
    }

    @EventHandler
    void on(EnrolmentTransferred event, TrackingToken token) {
        changeEnrolment(event.enrolmentId(), false, token, event.recordedAt(), known -> known == null ? null
                : new GpReferralEnrolment(known.localAuthority(), event.toOrganisation(), known.fundingStream(),
                known.firstContactOn()));
    }

    /** The first contact is the earliest contact day that reached the person, whatever order they were logged in. */
    @EventHandler
    void on(ContactLogged event, TrackingToken token) {
        if (event.type() == ContactType.ATTEMPTED || event.contactedOn() == null) {
            return;
        }
        changeEnrolment(event.enrolmentId(), false, token, event.recordedAt(), known -> known == null
                || known.firstContactOn() != null && !event.contactedOn().isBefore(known.firstContactOn()) ? known
                : new GpReferralEnrolment(known.localAuthority(), known.providerOrganisation(), known.fundingStream(),
                event.contactedOn()));
    }

    /**
     * Keeps a Thrive into Work enrolment's facts (only those of enrolments started here: {@code starts}) and, when
     * a GP referral was accepted into it, copies them into the referral's row.
     */
    private void changeEnrolment(String enrolmentId, boolean starts, TrackingToken token, Instant recordedAt,
                                 UnaryOperator<GpReferralEnrolment> change) {
        Document document = enrolmentDocument(enrolmentId);
        if (document == null && !starts) {
            return; // not a Thrive into Work enrolment
        }
        GpReferralEnrolment known = document == null || document.get(VersionedFacts.FACTS) == null ? null
                : FactDocuments.read(document.get(VersionedFacts.FACTS, Document.class), GpReferralEnrolment.class);
        GpReferralEnrolment next = change.apply(known);
        if (next == null || next.equals(known)) {
            return;
        }
        Document updated = document == null ? new Document("_id", enrolmentId) : document;
        updated.put(VersionedFacts.FACTS, FactDocuments.write(next));
        BatchedWrites.of(mongo).save(updated, target(ENROLMENTS));
        String referralId = updated.getString(REFERRAL_ID);
        if (referralId != null) {
            record(referralId, token, dayOf(recordedAt), current -> current == null
                    || current.status() != GpReferralRow.Status.ACCEPTED ? null : current.withEnrolment(next));
        }
    }

    /** The enrolment's document; a batch's enrolments are read with one query. */
    private Document enrolmentDocument(String enrolmentId) {
        return BatchedWrites.of(mongo)
                .prefetch(target(ENROLMENTS), BatchedWrites.idOf(EnrolmentEvent.class, EnrolmentEvent::enrolmentId))
                .findById(enrolmentId, Document.class, target(ENROLMENTS));
    }

    private GpReferralEnrolment enrolment(String enrolmentId) {
        Document document = enrolmentDocument(enrolmentId);
        return document == null || document.get(VersionedFacts.FACTS) == null ? null
                : FactDocuments.read(document.get(VersionedFacts.FACTS, Document.class), GpReferralEnrolment.class);
    }

    private void record(String referralId, TrackingToken token, LocalDate knownOn,
                        UnaryOperator<GpReferralRow> change) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalStateException("The GP referral figures are kept by a tracking processor only");
        }
        long position = token.position().getAsLong();
        referrals.record(target(REFERRAL_VERSIONS), referralId, position, knownOn, change);
    }

    private String target(String part) {
        return collections.target(PROCESSING_GROUP, part);
    }

    private static LocalDate dayOf(Instant instant) {
        return UkTime.dayOf(instant);
    }

    @ResetHandler
    void reset() {
        collections.dropTargetParts(PROCESSING_GROUP);
    }
}
