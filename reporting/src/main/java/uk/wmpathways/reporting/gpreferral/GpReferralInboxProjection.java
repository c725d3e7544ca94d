package uk.wmpathways.reporting.gpreferral;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry.ReferredPerson;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralErased;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;

import java.util.List;

/**
 * The IPS service's GP referral inbox ({@value #COLLECTION}): one document per referral, kept by its events. Each
 * change applies only over an older sequence number of the referral, so a replay or a redelivered event writes the
 * same document again; a reset empties it for a replay from the start.
 */
@Component
@ProcessingGroup(GpReferralInboxProjection.PROCESSING_GROUP)
class GpReferralInboxProjection {

    static final String PROCESSING_GROUP = "gp-referral-inbox";
    static final String COLLECTION = "gp_referral_inbox";
    static final String VERIFIED = "number-present-and-verified";

    private final MongoTemplate mongo;

    GpReferralInboxProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("receivingOrganisation", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.DESC));
    }

    @EventHandler
    void on(GpReferralReceived event, @SequenceNumber long sequence) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.referralId())), COLLECTION)) {
            return;
        }
        GpReferralConsent consent = event.consent();
        boolean consentGiven = consent != null && (consent.status() == null || "active".equalsIgnoreCase(consent.status()));
        ReferredPerson person = new ReferredPerson(event.givenName(), event.familyName(), event.dateOfBirth(),
                event.gender(), event.nhsNumber(), VERIFIED.equals(event.nhsNumberVerificationStatus()),
                event.phone(), event.email(), event.addressLines(), event.postcode());
        mongo.insert(new GpReferralInboxDocument(event.referralId(), event.receivingOrganisation(),
                event.practiceOdsCode(), event.practiceName(),
                event.referrer() == null ? null : event.referrer().name(),
                event.referrer() == null ? null : event.referrer().role(), event.authoredOn(), event.receivedAt(),
                event.reason() == null ? List.of() : event.reason(), event.flags() == null ? List.of() : event.flags(),
                consentGiven, person, "requested", sequence, null, null, null, null, null, null, null, null),
                COLLECTION);
    }

    @EventHandler
    void on(GpReferralOpened event, @SequenceNumber long sequence) {
        change(event.referralId(), sequence, new Update().set("status", "received").set("openedBy", event.openedBy())
                .set("openedAt", event.openedAt()));
    }

    @EventHandler
    void on(GpReferralAccepted event, @SequenceNumber long sequence) {
        change(event.referralId(), sequence, decided("accepted", event.acceptedBy(), event.acceptedAt())
                .set("participantId", event.participantId()).set("enrolmentId", event.enrolmentId()));
    }

    @EventHandler
    void on(GpReferralRejected event, @SequenceNumber long sequence) {
        change(event.referralId(), sequence, decided("rejected", event.rejectedBy(), event.rejectedAt())
                .set("rejectionReason", event.reason() == null ? null : event.reason().name())
                .set("rejectionNote", event.note()));
    }

    @EventHandler
    void on(GpReferralCancelled event, @SequenceNumber long sequence) {
        change(event.referralId(), sequence, decided("cancelled", event.cancelledBy(), event.cancelledAt()));
    }

    /**
     * The person's details, the reason, the flags' words and the note of every referral accepted for an erased
     * participant read as erased, as the events now do (the referral's key is destroyed with the person's).
     */
    @EventHandler
    void on(ParticipantErased event) {
        mongo.updateMulti(Query.query(Criteria.where("participantId").is(event.participantId())), erased(),
                COLLECTION);
    }

    /** A referral that never became an enrolment, at the end of its retention period: the same, by its id. */
    @EventHandler
    void on(GpReferralErased event, @SequenceNumber long sequence) {
        change(event.referralId(), sequence, erased());
    }

    private static Update erased() {
        ReferredPerson erased = new ReferredPerson(PersonalData.ERASED, PersonalData.ERASED, null, null, null, false,
                null, null, List.of(), null);
        return new Update().set("person", erased).set("reason", List.of()).set("flags", List.of())
                .set("rejectionNote", null);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), COLLECTION);
    }

    private static Update decided(String status, String by, java.time.Instant at) {
        return new Update().set("status", status).set("decidedBy", by).set("decidedAt", at);
    }

    /** Applies the change over an older version of the referral only. */
    private void change(String referralId, long sequence, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(referralId).and("lastSequence").lt(sequence)),
                update.set("lastSequence", sequence), COLLECTION);
    }
}
