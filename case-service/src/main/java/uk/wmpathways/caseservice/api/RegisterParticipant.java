package uk.wmpathways.caseservice.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a person with the system. NHS number, phone and email are optional (null when not given).
 *
 * @param registeredBy the username of the person registering them
 * @param equality     equality monitoring details; null when none were asked
 */
public record RegisterParticipant(@TargetAggregateIdentifier String participantId,
                                  String givenName,
                                  String familyName,
                                  LocalDate dateOfBirth,
                                  String nhsNumber,
                                  LocalAuthority localAuthority,
                                  String phone,
                                  String email,
                                  String registeredBy,
                                  EqualityDetails equality) {

    /** A registration without equality monitoring details. */
    public RegisterParticipant(String participantId, String givenName, String familyName, LocalDate dateOfBirth,
                               String nhsNumber, LocalAuthority localAuthority, String phone, String email,
                               String registeredBy) {
        this(participantId, givenName, familyName, dateOfBirth, nhsNumber, localAuthority, phone, email,
                registeredBy, null);
    }
}
