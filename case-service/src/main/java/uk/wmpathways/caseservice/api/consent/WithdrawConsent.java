package uk.wmpathways.caseservice.api.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person withdraws a consent they gave. */
public record WithdrawConsent(@TargetAggregateIdentifier String participantId,
                              String consentId,
                              String withdrawnBy) {
}
