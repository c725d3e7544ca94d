package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The practice withdrew the referral before it was decided (Task "cancelled", ServiceRequest "revoked"). */
@Revision("1")
public record GpReferralCancelled(String referralId, String cancelledBy, Instant cancelledAt) {
}
