package uk.wmpathways.caseservice.api.referral;

import java.util.Optional;

/** Field rules for referrals, shared by the forms and the aggregate; the problem in words. */
public final class ReferralRules {

    public static final int MAX_REASON = 1000;

    private ReferralRules() {
    }

    public static Optional<String> referralReason(String reason) {
        return reason != null && reason.trim().length() > MAX_REASON
                ? Optional.of("Reason must be at most " + MAX_REASON + " characters") : Optional.empty();
    }

    public static Optional<String> declineReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("Give the reason for declining");
        }
        return referralReason(reason);
    }
}
