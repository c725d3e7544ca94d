package uk.wmpathways.caseservice.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;

import java.time.LocalDate;

/**
 * Registers a person with the system. NHS number, phone and email are optional (null when not given).
 *
 * @param registeredBy the username of the person registering them
 * @param equality     equality monitoring details; null when none were asked
 * @param lawfulBasis  why we may hold the record (required)
 * @param specialCategoryCondition required when equality details are held
 * @param consentGivenOn the day the person consented, when consent is the basis
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
                                  EqualityDetails equality,
                                  LawfulBasis lawfulBasis,
                                  SpecialCategoryCondition specialCategoryCondition,
                                  LocalDate consentGivenOn) {

    /**
     * A registration under the public task basis (with equality monitoring as the condition when equality
     * details are given): how the application's own tools and tests register people.
     */
    public RegisterParticipant(String participantId, String givenName, String familyName, LocalDate dateOfBirth,
                               String nhsNumber, LocalAuthority localAuthority, String phone, String email,
                               String registeredBy, EqualityDetails equality) {
        this(participantId, givenName, familyName, dateOfBirth, nhsNumber, localAuthority, phone, email,
                registeredBy, equality, LawfulBasis.PUBLIC_TASK,
                equality == null ? null : SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING,
                null);
    }

    /** A registration under the public task basis without equality monitoring details. */
    public RegisterParticipant(String participantId, String givenName, String familyName, LocalDate dateOfBirth,
                               String nhsNumber, LocalAuthority localAuthority, String phone, String email,
                               String registeredBy) {
        this(participantId, givenName, familyName, dateOfBirth, nhsNumber, localAuthority, phone, email,
                registeredBy, null);
    }
}
