package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase what the practice sent about the person of a referral that never became an enrolment (rejected, cancelled
 * or never decided), once its retention period has ended. The retention job's only (the system); an accepted
 * referral is erased with the person it was accepted for.
 */
public record EraseGpReferral(@TargetAggregateIdentifier String referralId, String erasedBy) {
}
