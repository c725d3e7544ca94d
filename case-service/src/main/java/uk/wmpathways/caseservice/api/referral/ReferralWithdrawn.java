package uk.wmpathways.caseservice.api.referral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The referring organisation withdrew the referral before it was decided. */
@Revision("1")
public record ReferralWithdrawn(String referralId, String withdrawnBy, Instant at) implements ReferralEvent {
}
