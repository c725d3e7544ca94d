package uk.wmpathways.caseservice.api.referral;

import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.Instant;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

/**
 * A participant was referred by one organisation to another for a pathway. A referral from a GP practice (a
 * later issue) will name the practice in a field of its own and leave {@code fromOrganisation} empty.
 */
@Revision("1")
public record ReferralMade(String referralId,
                           @DataSubject String participantId,
                           Pathway pathway,
                           String fromOrganisation,
                           String toOrganisation,
                           String referredBy,
                           @PersonalData String reason,
                           Instant at) implements ReferralEvent {
}
