package uk.wmpathways.caseservice.api.gpreferral;

/**
 * Deliver again, from its first attempt, a GP referral status push that gave up (handled by gp-referrals'
 * {@code StatusPushAdministrationHandlers}); administrators only. Published here so that {@code CommandAccess},
 * which sees every command, can name it.
 */
public record RetryGpReferralStatusPush(String pushId) {
}
