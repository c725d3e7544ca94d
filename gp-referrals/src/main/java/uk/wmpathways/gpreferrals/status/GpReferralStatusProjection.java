package uk.wmpathways.gpreferrals.status;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.infra.readmodel.BatchedWrites;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The status of each GP referral received ({@value #COLLECTION}): its Task status through the decisions, and once
 * accepted, the Thrive into Work enrolment's milestones (followed by the enrolment id of {@code GpReferralAccepted};
 * the enrolment's facts are kept in {@value #ENROLMENTS} from its start when it is a GP referral, so that the order
 * of the two streams does not matter). Every change is recomputed from facts with their own dates and the earliest
 * of each kept, so a replay or a redelivered event writes the same documents again. The processor handles one
 * event at a time (single-threaded tracking), so a read-then-save is not raced. Its writes are staged in the
 * batch's {@link BatchedWrites}: most events it sees are other enrolments', whose absence is then read once per
 * batch, not once per event. A status pushed to the practice is queued as it changes: a batch handled again after a
 * crash queues nothing twice ({@code StatusPushes} keys each change).
 */
@Component
@ProcessingGroup(GpReferralStatusProjection.PROCESSING_GROUP)
class GpReferralStatusProjection {

    static final String PROCESSING_GROUP = "gp-referral-status";
    static final String COLLECTION = "gp_referral_status";
    static final String ENROLMENTS = "gp_referral_enrolments";

    private final MongoTemplate mongo;
    private final List<GpReferralStatusChanges> listeners;

    GpReferralStatusProjection(MongoTemplate mongo, List<GpReferralStatusChanges> listeners) {
        this.mongo = mongo;
        this.listeners = listeners;
    }

    @EventHandler
    void on(GpReferralReceived event) {
        String senderServiceRequestId = event.sender() == null ? null : event.sender().serviceRequestId();
        BatchedWrites.of(mongo).upsert(event.referralId(), new Update()
                .setOnInsert("practiceOdsCode", event.practiceOdsCode())
                .setOnInsert("senderServiceRequestId", senderServiceRequestId)
                .setOnInsert("authoredOn", event.authoredOn())
                .setOnInsert("receivedAt", event.receivedAt())
                .setOnInsert("lastModified", event.receivedAt())
                .setOnInsert("taskStatus", GpReferralStatus.REQUESTED), COLLECTION);
    }

    @EventHandler
    void on(GpReferralOpened event, ReplayStatus replay) {
        change(event.referralId(), status -> status.opened(event.openedAt()), replay);
    }

    @EventHandler
    void on(GpReferralAccepted event, ReplayStatus replay) {
        GpReferralEnrolment enrolment = enrolment(event.enrolmentId());
        GpReferralEnrolment accepted = (enrolment == null ? GpReferralEnrolment.started(event.enrolmentId())
                : enrolment).acceptedAs(event.referralId());
        BatchedWrites.of(mongo).save(accepted, ENROLMENTS);
        change(event.referralId(), status -> status.accepted(event.enrolmentId(), event.acceptedAt())
                .withEnrolment(accepted.milestones(), accepted.trialArm(), event.acceptedAt()), replay);
    }

    @EventHandler
    void on(GpReferralRejected event, ReplayStatus replay) {
        String code = event.reason() == null ? null : event.reason().code();
        String words = event.reason() == null ? null : event.reason().label();
        change(event.referralId(), status -> status.rejected(code, words, event.rejectedAt()), replay);
    }

    @EventHandler
    void on(GpReferralCancelled event, ReplayStatus replay) {
        change(event.referralId(), status -> status.cancelled(event.cancelledAt()), replay);
    }

    /** A GP referral's enrolment is followed from its start; any other only once a referral is accepted into it. */
    @EventHandler
    void on(ReferredToThriveIntoWork event) {
        if (event.source() == ThriveIntoWorkReferralSource.GP && enrolment(event.enrolmentId()) == null) {
            BatchedWrites.of(mongo).save(GpReferralEnrolment.started(event.enrolmentId()), ENROLMENTS);
        }
    }

    @EventHandler
    void on(EligibilityAndConsentRecorded event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(), enrolment -> enrolment.workedWith(event.recordedAt()), replay);
    }

    @EventHandler
    void on(TrialArmAllocated event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(),
                enrolment -> enrolment.allocated(event.arm(), event.recordedAt()), replay);
    }

    /** An attempted contact is work with the person, but they were not seen. */
    @EventHandler
    void on(ContactLogged event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(), enrolment -> event.type() == ContactType.ATTEMPTED
                ? enrolment.workedWith(event.recordedAt())
                : enrolment.seen(event.contactedOn(), event.recordedAt()), replay);
    }

    @EventHandler
    void on(VocationalProfileCompleted event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(),
                enrolment -> enrolment.seen(event.completedOn(), event.recordedAt()), replay);
    }

    @EventHandler
    void on(EmployerContactMade event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(), enrolment -> enrolment.workedWith(event.recordedAt()), replay);
    }

    @EventHandler
    void on(JobStarted event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(),
                enrolment -> enrolment.jobStarted(event.jobId(), event.startedOn(),
                event.hoursPerWeek(), event.recordedAt()), replay);
    }

    @EventHandler
    void on(JobStartCorrected event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(),
                enrolment -> enrolment.jobStarted(event.jobId(), event.startedOn(),
                event.hoursPerWeek(), event.recordedAt()), replay);
    }

    @EventHandler
    void on(JobSustainmentChecked event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(),
                enrolment -> enrolment.jobChecked(event.jobId(), event.weeksAfterStart(),
                event.checkedOn(), event.recordedAt()), replay);
    }

    @EventHandler
    void on(JobEnded event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(), enrolment -> enrolment.workedWith(event.recordedAt()), replay);
    }

    @EventHandler
    void on(EnrolmentClosed event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(), enrolment -> enrolment.closed(event.closedOn()), replay);
    }

    @EventHandler
    void on(EnrolmentReopened event, ReplayStatus replay) {
        follow(event.enrolmentId(), event.recordedAt(), enrolment -> enrolment.reopened(), replay);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        mongo.dropCollection(ENROLMENTS);
    }

    private GpReferralEnrolment enrolment(String enrolmentId) {
        return enrolmentId == null ? null : BatchedWrites.of(mongo)
                .prefetch(ENROLMENTS, BatchedWrites.idOf(EnrolmentEvent.class, EnrolmentEvent::enrolmentId))
                .findById(enrolmentId, GpReferralEnrolment.class, ENROLMENTS);
    }

    /** Applies a fact to a followed enrolment (others are not GP referrals': nothing to do) and to its referral. */
    private void follow(String enrolmentId, Instant at, UnaryOperator<GpReferralEnrolment> fact,
                        ReplayStatus replay) {
        GpReferralEnrolment enrolment = enrolment(enrolmentId);
        if (enrolment == null) {
            return;
        }
        GpReferralEnrolment changed = fact.apply(enrolment);
        if (changed.equals(enrolment)) {
            return;
        }
        BatchedWrites.of(mongo).save(changed, ENROLMENTS);
        if (changed.referralId() != null) {
            change(changed.referralId(), status -> status.withEnrolment(changed.milestones(), changed.trialArm(), at),
                    replay);
        }
    }

    private void change(String referralId, UnaryOperator<GpReferralStatus> fact, ReplayStatus replay) {
        BatchedWrites writes = BatchedWrites.of(mongo);
        GpReferralStatus status = writes.findById(referralId, GpReferralStatus.class, COLLECTION);
        if (status == null) {
            return;
        }
        GpReferralStatus changed = fact.apply(status);
        if (changed.equals(status)) {
            return;
        }
        writes.save(changed, COLLECTION);
        boolean seenByThePractice = !Objects.equals(changed.taskStatus(), status.taskStatus())
                || changed.businessStatus() != status.businessStatus();
        if (seenByThePractice && !replay.isReplay()) {
            listeners.forEach(listener -> listener.changed(changed));
        }
    }
}
