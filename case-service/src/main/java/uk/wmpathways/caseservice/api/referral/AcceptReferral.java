package uk.wmpathways.caseservice.api.referral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The receiving organisation takes the person on: the referral is accepted and the enrolment
 * {@code enrolmentId} of the referral's pathway starts for the receiving organisation, with what the pathway's
 * start step needs ({@code start}), in the accepter's name.
 */
public record AcceptReferral(@TargetAggregateIdentifier String referralId,
                             String enrolmentId,
                             StartDetails start,
                             String acceptedBy) {
}
