package uk.wmpathways.caseservice.api.referral;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import uk.wmpathways.infra.personaldata.PersonalData;

/** The receiving organisation declined the referral, with its reason. */
@Revision("1")
public record ReferralDeclined(String referralId, String declinedBy, @PersonalData String reason, Instant at)
        implements ReferralEvent {
}
