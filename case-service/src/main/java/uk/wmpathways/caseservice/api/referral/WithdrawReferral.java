package uk.wmpathways.caseservice.api.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The referring organisation takes its referral back before it is decided. */
public record WithdrawReferral(@TargetAggregateIdentifier String referralId, String withdrawnBy) {
}
