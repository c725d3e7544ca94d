package uk.wmpathways.caseservice.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a person with the system. NHS number, phone and email are optional (null when not given).
 *
 * @param registeredBy the username of the person registering them
 */
public record RegisterParticipant(@TargetAggregateIdentifier String participantId,
                                  String givenName,
                                  String familyName,
                                  LocalDate dateOfBirth,
                                  String nhsNumber,
                                  LocalAuthority localAuthority,
                                  String phone,
                                  String email,
                                  String registeredBy) {
}
