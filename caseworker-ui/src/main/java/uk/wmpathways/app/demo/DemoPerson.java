package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;

import java.time.LocalDate;

/** An obviously fictitious person of the demo data: no NHS number, no phone, no email. */
record DemoPerson(String participantId, String givenName, String familyName, LocalDate dateOfBirth,
                  LocalAuthority localAuthority, EqualityDetails equality) {

    RegisterParticipant registration() {
        return registration(DemoDataSet.RECORDED_BY);
    }

    RegisterParticipant registration(String recordedBy) {
        return new RegisterParticipant(participantId, givenName, familyName, dateOfBirth, null, localAuthority,
                null, null, recordedBy, equality, LawfulBasis.PUBLIC_TASK,
                equality == null ? null : SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING, null);
    }
}
