package uk.wmpathways.caseservice.api;

import java.time.Instant;
import java.time.LocalDate;

/** A participant as the participant read model knows them. */
public record ParticipantSummary(String participantId,
                                 String givenName,
                                 String familyName,
                                 LocalDate dateOfBirth,
                                 String nhsNumber,
                                 LocalAuthority localAuthority,
                                 String phone,
                                 String email,
                                 String registeredBy,
                                 Instant registeredAt) {
}
