package uk.wmpathways.caseservice.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

/**
 * A person was registered. Names are trimmed; the NHS number is ten digits without spaces, or null.
 * <p>
 * Revision 2 renamed {@code phone} to {@code phoneNumber}; revision 1 events are upcast when read
 * ({@code ParticipantRegisteredRevision2Upcaster}). Revision 3 added {@code equality} (null in older events).
 * Revision 4 added {@code registeringOrganisation}, the organisation of the caseworker who registered the person
 * (null in older events and for people the application registered itself, such as the demo data set).
 */
@Revision("4")
public record ParticipantRegistered(@DataSubject String participantId,
                                    @PersonalData String givenName,
                                    @PersonalData String familyName,
                                    @PersonalData LocalDate dateOfBirth,
                                    @PersonalData(erasedAsNull = true) String nhsNumber,
                                    LocalAuthority localAuthority,
                                    @PersonalData(erasedAsNull = true, formerNames = "phone") String phoneNumber,
                                    @PersonalData(erasedAsNull = true) String email,
                                    String registeredBy,
                                    Instant registeredAt,
                                    @PersonalData EqualityDetails equality,
                                    String registeringOrganisation) {

    /** A registration without equality monitoring details. */
    public ParticipantRegistered(String participantId, String givenName, String familyName, LocalDate dateOfBirth,
                                 String nhsNumber, LocalAuthority localAuthority, String phoneNumber, String email,
                                 String registeredBy, Instant registeredAt) {
        this(participantId, givenName, familyName, dateOfBirth, nhsNumber, localAuthority, phoneNumber, email,
                registeredBy, registeredAt, null, null);
    }
}
