package uk.wmpathways.caseservice.api.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The data protection officer lifts the restriction of a person's record: every restriction on it. */
public record LiftProcessingRestriction(@TargetAggregateIdentifier String participantId, String liftedBy) {
}
