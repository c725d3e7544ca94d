package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One GP referral as the referral figures see it: the practice, the day it was received, what became of it and,
 * once accepted, its Thrive into Work enrolment's area, provider, funds and first contact. No fact about the person:
 * the report needs none. Immutable; each change gives the next row.
 */
record GpReferralRow(String referralId,
                     String practiceOdsCode,
                     String practiceName,
                     LocalDate authoredOn,
                     LocalDate receivedOn,
                     Status status,
                     GpReferralRejectionReason rejectionReason,
                     LocalDate decidedOn,
                     String enrolmentId,
                     GpReferralEnrolment enrolment) {

    /** What became of a referral. */
    enum Status { AWAITING_DECISION, ACCEPTED, REJECTED, CANCELLED }

    static GpReferralRow received(GpReferralReceived event, LocalDate receivedOn) {
        return new GpReferralRow(event.referralId(), event.practiceOdsCode(), event.practiceName(),
                event.authoredOn(), receivedOn, Status.AWAITING_DECISION, null, null, null, null);
    }

    GpReferralRow accepted(String enrolmentId, LocalDate on, GpReferralEnrolment enrolment) {
        return new GpReferralRow(referralId, practiceOdsCode, practiceName, authoredOn, receivedOn, Status.ACCEPTED,
                null, on, enrolmentId, enrolment);
    }

    GpReferralRow rejected(GpReferralRejectionReason reason, LocalDate on) {
        return new GpReferralRow(referralId, practiceOdsCode, practiceName, authoredOn, receivedOn, Status.REJECTED,
                reason, on, null, null);
    }

    GpReferralRow cancelled(LocalDate on) {
        return new GpReferralRow(referralId, practiceOdsCode, practiceName, authoredOn, receivedOn, Status.CANCELLED,
                null, on, null, null);
    }

    /** The row with what is now known of its enrolment (area, provider, first contact). */
    GpReferralRow withEnrolment(GpReferralEnrolment known) {
        return new GpReferralRow(referralId, practiceOdsCode, practiceName, authoredOn, receivedOn, status,
                rejectionReason, decidedOn, enrolmentId, known);
    }

    LocalAuthority localAuthority() {
        return enrolment == null ? null : enrolment.localAuthority();
    }

    /**
     * Days from the day the referral was received to its enrolment's first contact with the person; null while
     * there is none. A contact dated before the receipt (a back-dated entry) counts as 0 days.
     */
    Long daysToFirstContact() {
        if (enrolment == null || enrolment.firstContactOn() == null || receivedOn == null) {
            return null;
        }
        return Math.max(0, ChronoUnit.DAYS.between(receivedOn, enrolment.firstContactOn()));
    }

    /** What the report's narrowing sees: the enrolment's, when there is one. */
    boolean coveredBy(ReportScope scope) {
        if (scope.localAuthority() == null && scope.providerOrganisation() == null && scope.fundingStream() == null) {
            return true;
        }
        return enrolment != null && (scope.localAuthority() == null || scope.localAuthority() == enrolment.localAuthority())
                && (scope.providerOrganisation() == null
                || scope.providerOrganisation().equals(enrolment.providerOrganisation()))
                && (scope.fundingStream() == null || scope.fundingStream() == enrolment.fundingStream());
    }

    /** A Thrive into Work enrolment as the referral figures need it. */
    record GpReferralEnrolment(LocalAuthority localAuthority, String providerOrganisation,
                               FundingStream fundingStream, LocalDate firstContactOn) {
    }
}
