package uk.wmpathways.gpreferrals.status;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a referring practice may read back about a GP referral: ours and the sender's ids, the practice, when it was
 * made and received, where it stands ({@code taskStatus}, the FHIR Task status following the FHIR workflow:
 * requested, received, accepted or rejected, in-progress, completed, cancelled) and the milestones of the Thrive
 * into Work enrolment it led to. Nothing about the person: the practice holds that already, so reading a status is
 * not a read of personal data.
 *
 * @param lastModified     when the latest fact the practice sees here was recorded (the Task's lastModified)
 * @param openedAt         when the service first opened it (Task "received")
 * @param enrolmentId      the accepted referral's Thrive into Work enrolment (null until accepted)
 * @param rejectionReason  the coded reason of a rejection ({@code GpReferralRejectionReason} code), else null
 * @param rejectionReasonText its words, for the referrer
 * @param milestones       what the referrer may know of the enrolment (never null; all dates null until reached)
 * @param trialArm         the enrolment's trial arm; the query handlers leave it out unless
 *                         {@code pathways.gp-referrals.show-trial-arm} is set (allocation concealment)
 */
public record GpReferralStatus(@Id String referralId, String practiceOdsCode, String senderServiceRequestId,
                               LocalDate authoredOn, Instant receivedAt, String taskStatus,
                               Instant lastModified, Instant openedAt, Instant acceptedAt, String enrolmentId,
                               Instant rejectedAt, String rejectionReason, String rejectionReasonText,
                               Instant cancelledAt, Milestones milestones, TrialArm trialArm) {

    public static final String REQUESTED = "requested";
    public static final String RECEIVED = "received";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String IN_PROGRESS = "in-progress";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";

    public GpReferralStatus {
        milestones = milestones == null ? Milestones.NONE : milestones;
    }

    /** A referral just received: Task "requested". */
    static GpReferralStatus received(String referralId, String practiceOdsCode, String senderServiceRequestId,
                                     LocalDate authoredOn, Instant receivedAt) {
        return new GpReferralStatus(referralId, practiceOdsCode, senderServiceRequestId, authoredOn, receivedAt,
                REQUESTED, receivedAt, null, null, null, null, null, null, null, Milestones.NONE, null);
    }

    /** Accepted, rejected or cancelled: nothing the practice or the service does changes that any more. */
    public boolean isDecided() {
        return acceptedAt != null || rejectedAt != null || cancelledAt != null;
    }

    /** The Task's businessStatus: the latest milestone reached, or null before the first. */
    public Milestone businessStatus() {
        return milestones.latest();
    }

    /** The Task status the facts here add up to (FHIR workflow). */
    String derivedTaskStatus() {
        if (cancelledAt != null) {
            return CANCELLED;
        }
        if (rejectedAt != null) {
            return REJECTED;
        }
        if (acceptedAt != null) {
            if (milestones.closedOn() != null) {
                return COMPLETED;
            }
            return milestones.activityAt() != null ? IN_PROGRESS : ACCEPTED;
        }
        return openedAt != null ? RECEIVED : REQUESTED;
    }

    GpReferralStatus opened(Instant at) {
        if (openedAt != null) {
            return this;
        }
        Builder builder = new Builder().lastModifiedAt(at);
        builder.openedAt = at;
        return copy(builder);
    }

    GpReferralStatus accepted(String enrolmentId, Instant at) {
        Builder builder = new Builder().lastModifiedAt(at);
        builder.acceptedAt = at;
        builder.enrolmentId = enrolmentId;
        return copy(builder);
    }

    GpReferralStatus rejected(String reasonCode, String reasonText, Instant at) {
        Builder builder = new Builder().lastModifiedAt(at);
        builder.rejectedAt = at;
        builder.rejectionReason = reasonCode;
        builder.rejectionReasonText = reasonText;
        return copy(builder);
    }

    GpReferralStatus cancelled(Instant at) {
        Builder builder = new Builder().lastModifiedAt(at);
        builder.cancelledAt = at;
        return copy(builder);
    }

    /** The accepted enrolment's milestones and trial arm, as of {@code changedAt}. */
    GpReferralStatus withEnrolment(Milestones milestones, TrialArm trialArm, Instant changedAt) {
        if (milestones.equals(this.milestones) && trialArm == this.trialArm) {
            return this;
        }
        Builder builder = new Builder().lastModifiedAt(changedAt);
        builder.milestones = milestones;
        builder.trialArm = trialArm;
        return copy(builder);
    }

    /** The changes of one fact; whatever is not set stays as it was, and the Task status follows. */
    private final class Builder {
        Instant lastModified = GpReferralStatus.this.lastModified;
        Instant openedAt = GpReferralStatus.this.openedAt;
        Instant acceptedAt = GpReferralStatus.this.acceptedAt;
        String enrolmentId = GpReferralStatus.this.enrolmentId;
        Instant rejectedAt = GpReferralStatus.this.rejectedAt;
        String rejectionReason = GpReferralStatus.this.rejectionReason;
        String rejectionReasonText = GpReferralStatus.this.rejectionReasonText;
        Instant cancelledAt = GpReferralStatus.this.cancelledAt;
        Milestones milestones = GpReferralStatus.this.milestones;
        TrialArm trialArm = GpReferralStatus.this.trialArm;

        Builder lastModifiedAt(Instant at) {
            lastModified = lastModified == null || (at != null && at.isAfter(lastModified)) ? at : lastModified;
            return this;
        }
    }

    private GpReferralStatus copy(Builder b) {
        GpReferralStatus changed = new GpReferralStatus(referralId, practiceOdsCode, senderServiceRequestId,
                authoredOn, receivedAt, taskStatus, b.lastModified, b.openedAt, b.acceptedAt, b.enrolmentId,
                b.rejectedAt, b.rejectionReason, b.rejectionReasonText, b.cancelledAt, b.milestones, b.trialArm);
        return new GpReferralStatus(referralId, practiceOdsCode, senderServiceRequestId, authoredOn, receivedAt,
                changed.derivedTaskStatus(), b.lastModified, b.openedAt, b.acceptedAt, b.enrolmentId, b.rejectedAt,
                b.rejectionReason, b.rejectionReasonText, b.cancelledAt, b.milestones, b.trialArm);
    }

    GpReferralStatus withoutTrialArm() {
        return trialArm == null ? this : new GpReferralStatus(referralId, practiceOdsCode, senderServiceRequestId,
                authoredOn, receivedAt, taskStatus, lastModified, openedAt, acceptedAt, enrolmentId, rejectedAt,
                rejectionReason, rejectionReasonText, cancelledAt, milestones, null);
    }
}
