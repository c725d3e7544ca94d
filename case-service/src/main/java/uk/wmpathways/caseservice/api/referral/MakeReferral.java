package uk.wmpathways.caseservice.api.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

/**
 * Refers a participant to another organisation for a pathway. The referring organisation is the caller's (from
 * the message's metadata), never the command's to choose. {@code reason} is optional.
 */
public record MakeReferral(@TargetAggregateIdentifier String referralId,
                           String participantId,
                           Pathway pathway,
                           String toOrganisation,
                           String reason,
                           String referredBy) {
}
