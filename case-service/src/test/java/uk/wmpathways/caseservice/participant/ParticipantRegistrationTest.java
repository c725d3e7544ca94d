package uk.wmpathways.caseservice.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.NhsNumberAlreadyRegisteredException;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

class ParticipantRegistrationTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, UkTime.ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String ID = "p-1";
    static final String VALID_NHS = "9434765919";
    static final String ORGANISATION = "DEMO-SUPPORT";

    private FixtureConfiguration<Participant> fixture;
    private InMemoryNhsNumberRegistry nhsNumbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        nhsNumbers = new InMemoryNhsNumberRegistry();
        fixture.registerCommandDispatchInterceptor(
                TestCallers.unlessGiven(TestCallers.caseworker("caseworker", ORGANISATION)));
        fixture.registerAnnotatedCommandHandler(
                new ParticipantRegistrationHandler(fixture.getRepository(), nhsNumbers, CLOCK));
    }

    static RegisterParticipant command(String givenName, String familyName, LocalDate dateOfBirth,
                                       String nhsNumber, LocalAuthority localAuthority) {
        return new RegisterParticipant(ID, givenName, familyName, dateOfBirth, nhsNumber, localAuthority,
                null, null, "caseworker");
    }

    static RegisterParticipant valid() {
        return command("Alexis", "Example", LocalDate.of(1980, 4, 23), VALID_NHS, LocalAuthority.WALSALL);
    }

    @Test
    void registersAParticipantWithTrimmedNamesAndTheNhsNumberAsTenDigits() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParticipant(ID, "  Alexis ", " Example", LocalDate.of(1980, 4, 23),
                        "943 476 5919", LocalAuthority.WALSALL, " 0121 496 0000 ", "", "caseworker"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID)
                .expectEvents(new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23),
                        VALID_NHS, LocalAuthority.WALSALL, "0121 496 0000", null, "caseworker", NOW, null, ORGANISATION),
                        publicTask(null));
        assertThat(nhsNumbers.holders).containsEntry(VALID_NHS, ID);
    }

    @Test
    void registersAParticipantWithoutAnNhsNumber() {
        fixture.givenNoPriorActivity()
                .when(command("Alexis", "Example", LocalDate.of(1980, 4, 23), null, LocalAuthority.OTHER))
                .expectEvents(new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23),
                        null, LocalAuthority.OTHER, null, null, "caseworker", NOW, null, ORGANISATION),
                        publicTask(null));
        assertThat(nhsNumbers.holders).isEmpty();
    }

    @Test
    void recordsTheEqualityMonitoringDetailsGiven() {
        EqualityDetails equality = new EqualityDetails(EthnicGroup.MIXED, Sex.PREFER_NOT_TO_SAY, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterParticipant(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                        LocalAuthority.SOLIHULL, null, null, "caseworker", equality))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                        LocalAuthority.SOLIHULL, null, null, "caseworker", NOW, equality, ORGANISATION),
                        publicTask(SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING));
    }

    @Test
    void rejectsMissingNames() {
        expectRejected(command("  ", null, LocalDate.of(1980, 4, 23), null, LocalAuthority.DUDLEY),
                new FieldProblem("givenName", "Given name is required"),
                new FieldProblem("familyName", "Family name is required"));
    }

    @Test
    void rejectsADateOfBirthThatIsNotInThePast() {
        expectRejected(command("Alexis", "Example", TODAY, null, LocalAuthority.DUDLEY),
                new FieldProblem("dateOfBirth", "Date of birth must be in the past"));
    }

    @Test
    void rejectsAnAgeUnderSixteen() {
        expectRejected(command("Alexis", "Example", TODAY.minusYears(16).plusDays(1), null, LocalAuthority.DUDLEY),
                new FieldProblem("dateOfBirth", "Date of birth gives an age of 15; participants must be 16 or over"));
    }

    @Test
    void acceptsTheSixteenthBirthdayAndTheHundredAndTenthYear() {
        fixture.givenNoPriorActivity()
                .when(command("Alexis", "Example", TODAY.minusYears(16), null, LocalAuthority.DUDLEY))
                .expectSuccessfulHandlerExecution();
        setUp();
        fixture.givenNoPriorActivity()
                .when(command("Alexis", "Example", TODAY.minusYears(111).plusDays(1), null, LocalAuthority.DUDLEY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsAnAgeOverOneHundredAndTen() {
        expectRejected(command("Alexis", "Example", TODAY.minusYears(111), null, LocalAuthority.DUDLEY),
                new FieldProblem("dateOfBirth", "Date of birth gives an age of 111; the maximum age is 110: check the year"));
    }

    @Test
    void rejectsAnNhsNumberWhoseCheckDigitDoesNotMatch() {
        expectRejected(command("Alexis", "Example", LocalDate.of(1980, 4, 23), "943 476 5918", LocalAuthority.DUDLEY),
                new FieldProblem("nhsNumber", "NHS number is not valid: its check digit does not match"));
    }

    @Test
    void rejectsAnNhsNumberThatIsNotTenDigits() {
        expectRejected(command("Alexis", "Example", LocalDate.of(1980, 4, 23), "94347659", LocalAuthority.DUDLEY),
                new FieldProblem("nhsNumber", "NHS number must be 10 digits"));
    }

    @Test
    void rejectsAMissingLocalAuthority() {
        expectRejected(command("Alexis", "Example", LocalDate.of(1980, 4, 23), null, null),
                new FieldProblem("localAuthority", "Choose the local authority: "
                        + "Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall, Wolverhampton or Other"));
    }

    @Test
    void rejectsAMalformedPhoneNumberAndEmail() {
        expectRejected(new RegisterParticipant(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                        LocalAuthority.COVENTRY, "call me", "not-an-address", "caseworker"),
                new FieldProblem("phone", "Phone number may hold only digits, spaces, brackets, hyphens and a leading +"),
                new FieldProblem("email", "Enter an email like name@example.org"));
    }

    @Test
    void rejectsAnNhsNumberHeldByAnotherRegisteredParticipant() {
        nhsNumbers.holders.put(VALID_NHS, ID);
        // The holder is registered (the given event); a second registration with the same number is refused.
        fixture.given(new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), VALID_NHS,
                        LocalAuthority.WALSALL, null, null, "caseworker", NOW))
                .when(new RegisterParticipant("p-2", "Alex", "Example", LocalDate.of(1980, 4, 23), VALID_NHS,
                        LocalAuthority.WALSALL, null, null, "caseworker"))
                .expectException(NhsNumberAlreadyRegisteredException.class)
                .expectNoEvents();
    }

    @Test
    void takesOverAClaimWhoseHolderWasNeverRegistered() {
        nhsNumbers.holders.put(VALID_NHS, "never-committed");
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23),
                        VALID_NHS, LocalAuthority.WALSALL, null, null, "caseworker", NOW, null, ORGANISATION),
                        publicTask(null));
        assertThat(nhsNumbers.holders).containsEntry(VALID_NHS, ID);
    }

    @Test
    void rejectionMessagesCarryNoPersonalData() {
        RegisterParticipant command = new RegisterParticipant(ID, "Zebedee", "", LocalDate.of(1980, 4, 23),
                "943 476 5918", LocalAuthority.DUDLEY, "phone 07700 900123", "zebedee@", "caseworker");
        fixture.givenNoPriorActivity().when(command)
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(allOf(containsString("familyName"),
                        not(anyOf(containsString("Zebedee"), containsString("943"), containsString("07700")))));
    }

    static LawfulBasisRecorded publicTask(SpecialCategoryCondition condition) {
        return new LawfulBasisRecorded(ID, LawfulBasis.PUBLIC_TASK, condition, "caseworker", NOW);
    }

    private void expectRejected(RegisterParticipant command, FieldProblem... problems) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectException(withProblems(List.of(problems)));
        assertThat(nhsNumbers.holders).isEmpty();
    }

    private static Matcher<InvalidCommandException> withProblems(List<FieldProblem> expected) {
        return new FeatureMatcher<>(equalTo(expected), "rejection with problems", "problems") {
            @Override
            protected List<FieldProblem> featureValueOf(InvalidCommandException rejection) {
                return rejection.problems();
            }
        };
    }
}
