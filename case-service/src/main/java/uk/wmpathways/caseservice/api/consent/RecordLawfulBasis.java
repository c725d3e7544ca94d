package uk.wmpathways.caseservice.api.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records (or changes) the lawful basis for holding a person's record.
 *
 * @param consentGivenOn required when the basis is {@link LawfulBasis#CONSENT}: the day the person agreed
 */
public record RecordLawfulBasis(@TargetAggregateIdentifier String participantId,
                                LawfulBasis basis,
                                SpecialCategoryCondition specialCategoryCondition,
                                LocalDate consentGivenOn,
                                String recordedBy) {
}
