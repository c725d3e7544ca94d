package uk.wmpathways.caseservice.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person was registered. Names are trimmed; the NHS number is ten digits without spaces, or null.
 */
@Revision("1")
public record ParticipantRegistered(String participantId,
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
