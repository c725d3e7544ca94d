package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The receiving organisation takes the referral on for {@code participantId} (registered from the referral, or an
 * existing participant the caseworker linked it to), in the Thrive into Work enrolment {@code enrolmentId}.
 * {@code expectedVersion} is the referral's version the caseworker decided on: a stale decision is refused.
 */
public record AcceptGpReferral(@TargetAggregateIdentifier String referralId, long expectedVersion,
                               String participantId, String enrolmentId, String acceptedBy) {
}
