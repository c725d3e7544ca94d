package uk.wmpathways.caseservice.gpreferral;

import java.time.Instant;
import java.util.Optional;

/** Which referral a practice's message was recorded as: one claim per practice and message key. */
interface GpReferralClaims {

    /** The referral holding a claim, and when it claimed it. */
    record Claim(String referralId, Instant claimedAt) {
    }

    /** Claims the message for {@code referralId} at {@code now}: empty when claimed (or already its own), else the holder. */
    Optional<Claim> claim(String practiceOdsCode, String messageKey, String referralId, Instant now);

    /** Hands a claim whose holder was never recorded to {@code referralId}. */
    void takeOver(String practiceOdsCode, String messageKey, String staleHolder, String referralId, Instant now);
}
