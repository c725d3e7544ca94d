package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;

import java.time.LocalDate;

/** An obviously fictitious person of the demo data: no NHS number, no phone, no email. */
record DemoPerson(String participantId, String givenName, String familyName, LocalDate dateOfBirth,
                  LocalAuthority localAuthority, EqualityDetails equality) {

    RegisterParticipant registration() {
        return new RegisterParticipant(participantId, givenName, familyName, dateOfBirth, null, localAuthority,
                null, null, DemoDataSet.RECORDED_BY, equality);
    }
}
