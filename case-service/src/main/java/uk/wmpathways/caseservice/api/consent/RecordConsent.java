package uk.wmpathways.caseservice.api.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records what a person agreed to; {@code organisation} names whom they agreed may see their record. */
public record RecordConsent(@TargetAggregateIdentifier String participantId,
                            String consentId,
                            ConsentScope scope,
                            String organisation,
                            LocalDate givenOn,
                            String recordedBy) {
}
