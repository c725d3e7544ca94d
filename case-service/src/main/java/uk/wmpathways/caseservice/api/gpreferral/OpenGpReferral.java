package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A caseworker of the receiving organisation opened the referral in the inbox: its Task moves from "requested" to
 * "received". Opening it again records nothing.
 */
public record OpenGpReferral(@TargetAggregateIdentifier String referralId, String openedBy) {
}
