package uk.wmpathways.caseservice.api.gpreferral;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.infra.access.Caller;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A caseworker of the receiving organisation accepts a GP referral: the person is linked to an existing participant
 * (the one chosen, or the one holding the referral's verified NHS number) or registered from the referral, their
 * Thrive into Work enrolment starts, and the referral records its acceptance. Each step is its own command, decided
 * on the bus for the caller. The REST API and the inbox both call this, so the two cannot differ.
 */
public interface GpReferralAcceptance {

    /** Accepts for the signed-in caseworker ({@code caller}: who asks; each command decides again). */
    Accepted accept(String referralId, Acceptance acceptance, Caller caller);

    /** What the caseworker decides with: the version seen, a participant to link (or none), the enrolment's details. */
    record Acceptance(long expectedVersion, String participantId, LocalAuthority localAuthority,
                      FundingStream fundingStream, String assignedWorker, String givenName, String phone,
                      String email) {
        @Override
        public String toString() {
            return "Acceptance[expectedVersion=" + expectedVersion + ", participantId=" + participantId + "]";
        }
    }

    /**
     * What was done: {@code registered} when the person was registered from the referral;
     * {@code linkedBySameVerifiedNhsNumber} when they were found by the referral's verified NHS number;
     * {@code message} says which, in words.
     */
    record Accepted(String referralId, String participantId, String enrolmentId, boolean registered,
                    boolean linkedBySameVerifiedNhsNumber, String message) {
    }

    /** The participant registered from a referral: one id per referral, so a retry registers nobody twice. */
    static String participantIdFor(String referralId) {
        return idFrom("gp-referral-participant:", referralId);
    }

    /** The enrolment a referral starts, one per referral. */
    static String enrolmentIdFor(String referralId) {
        return idFrom("gp-referral-enrolment:", referralId);
    }

    private static String idFrom(String kind, String referralId) {
        return UUID.nameUUIDFromBytes((kind + referralId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
