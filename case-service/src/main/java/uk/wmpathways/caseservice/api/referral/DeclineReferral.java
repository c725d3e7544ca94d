package uk.wmpathways.caseservice.api.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving organisation does not take the person on; {@code reason} is required. */
public record DeclineReferral(@TargetAggregateIdentifier String referralId, String reason, String declinedBy) {
}
