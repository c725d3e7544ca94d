package uk.wmpathways.caseservice.api.referral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiving organisation declined the referral, with its reason. */
@Revision("1")
public record ReferralDeclined(String referralId, String declinedBy, String reason, Instant at)
        implements ReferralEvent {
}
