package uk.wmpathways.caseservice.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a participant's phone number and email address (either may be null: not known). */
public record ChangeContactDetails(@TargetAggregateIdentifier String participantId,
                                   String phone,
                                   String email,
                                   String changedBy) {
}
