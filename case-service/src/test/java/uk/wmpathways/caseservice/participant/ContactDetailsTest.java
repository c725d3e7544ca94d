package uk.wmpathways.caseservice.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import uk.wmpathways.caseservice.TestCallers;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.time.LocalDate;

import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.CLOCK;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.ID;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.NOW;

class ContactDetailsTest {
    /** The organisation that supports the person here (the registration names none). */
    static final String SUPPORTING = "DEMO-SUPPORT";


    private FixtureConfiguration<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((ParticipantSharing) (organisation, id) -> SUPPORTING.equals(organisation));
        fixture.registerCommandDispatchInterceptor(TestCallers.unlessGiven(TestCallers.caseworker("caseworker", SUPPORTING)));
    }

    private static ParticipantRegistered registered(String phoneNumber, String email) {
        return new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                LocalAuthority.WALSALL, phoneNumber, email, "caseworker", NOW);
    }

    @Test
    void recordsNewContactDetailsTrimmedWithBlanksAsNotKnown() {
        fixture.given(registered("0121 496 0000", null))
                .when(new ChangeContactDetails(ID, " 07700 900123 ", " ", "caseworker"))
                .expectEvents(new ParticipantContactDetailsChanged(ID, "07700 900123", null, "caseworker", NOW));
    }

    @Test
    void recordsNothingWhenTheDetailsAreUnchanged() {
        fixture.given(registered("0121 496 0000", "a@example.org"),
                        new ParticipantContactDetailsChanged(ID, "07700 900123", "a@example.org", "caseworker", NOW))
                .when(new ChangeContactDetails(ID, "07700 900123", "a@example.org", "caseworker"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesACaseworkerOfAnOrganisationThatDoesNotSupportThePerson() {
        fixture.given(registered("0121 496 0000", null))
                .when(new ChangeContactDetails(ID, "07700 900123", null, "outreach"),
                        TestCallers.caseworker("outreach", "STREET-OUTREACH").toMetaData())
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAMalformedPhoneNumberOrEmail() {
        fixture.given(registered(null, null))
                .when(new ChangeContactDetails(ID, "ring me", "nobody@", "caseworker"))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }
}
