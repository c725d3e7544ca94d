package uk.wmpathways.caseservice.api.consent;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;

import java.time.Instant;

/**
 * The lawful basis for holding a person's record was recorded: at registration (right after
 * {@code ParticipantRegistered}) or later, for a record registered before bases were recorded, or when it changed.
 *
 * @param specialCategoryCondition null when no special category data is held
 */
@Revision("1")
public record LawfulBasisRecorded(@DataSubject String participantId,
                                  LawfulBasis basis,
                                  SpecialCategoryCondition specialCategoryCondition,
                                  String recordedBy,
                                  Instant recordedAt) {
}
