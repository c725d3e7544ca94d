package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The referring practice withdraws a referral the service has not yet accepted or rejected (a FHIR message with
 * reason "update" and the ServiceRequest "revoked"). Only a GP referrer of the referral's practice sends it.
 */
public record CancelGpReferral(@TargetAggregateIdentifier String referralId, String practiceOdsCode,
                               String cancelledBy) {
}
