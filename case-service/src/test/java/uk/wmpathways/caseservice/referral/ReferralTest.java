package uk.wmpathways.caseservice.referral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.referral.AcceptReferral;
import uk.wmpathways.caseservice.api.referral.DeclineReferral;
import uk.wmpathways.caseservice.api.referral.MakeReferral;
import uk.wmpathways.caseservice.api.referral.ReferralAccepted;
import uk.wmpathways.caseservice.api.referral.ReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.referral.ReferralDeclined;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.referral.ReferralNotPossibleException;
import uk.wmpathways.caseservice.api.referral.ReferralWithdrawn;
import uk.wmpathways.caseservice.api.referral.StartDetails;
import uk.wmpathways.caseservice.api.referral.WithdrawReferral;
import uk.wmpathways.caseservice.enrolment.Participants;
import uk.wmpathways.caseservice.participant.ParticipantSharing;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of a referral, the refusals included: who refers, who answers, and that it is decided once. */
class ReferralTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    static final String ID = "referral-1";
    static final String PARTICIPANT = "p-1";
    static final String FROM = "STREET-OUTREACH";
    static final String TO = "DEMO-SUPPORT";
    static final Caller OUTREACH = TestCallers.caseworker("outreach", FROM);
    static final Caller RECEIVER = TestCallers.caseworker("caseworker", TO);
    static final Caller THIRD = TestCallers.caseworker("worker", "HOMES-FIRST");
    static final StartDetails HF_START = new StartDetails(LocalAuthority.WALSALL, null, null, "OUTREACH", null,
            LocalDate.of(2026, 3, 1), null, null, null);

    private FixtureConfiguration<Referral> fixture;
    private final List<StartEnrolmentCommand> started = new ArrayList<>();
    private final List<Caller> startedAs = new ArrayList<>();
    private boolean startRefused;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((ParticipantSharing) (organisation, id) ->
                PARTICIPANT.equals(id) && FROM.equals(organisation));
        fixture.registerInjectableResource((Participants) PARTICIPANT::equals);
        fixture.registerInjectableResource(new ProviderOrganisations(Map.of()));
        fixture.registerInjectableResource((EnrolmentStarts) (start, metaData) -> {
            if (startRefused) {
                throw new InvalidCommandException(List.of(new FieldProblem("referredOn", "Enter the date")));
            }
            started.add(start);
            startedAs.add(Caller.of(metaData));
        });
    }

    static ReferralMade made() {
        return new ReferralMade(ID, PARTICIPANT, Pathway.HOUSING_FIRST, FROM, TO, "outreach",
                "Long-term rough sleeper", NOW);
    }

    private static MakeReferral make(String to, String reason) {
        return new MakeReferral(ID, PARTICIPANT, Pathway.HOUSING_FIRST, to, reason, "outreach");
    }

    private static AcceptReferral accept() {
        return new AcceptReferral(ID, "enrolment-1", HF_START, "caseworker");
    }

    @Test
    void aCaseworkerWhoseOrganisationSeesThePersonRefersThemToAnother() {
        fixture.givenNoPriorActivity()
                .when(make(TO, "  Long-term rough sleeper "), OUTREACH.toMetaData())
                .expectEvents(made());
    }

    @Test
    void anOrganisationThatDoesNotSeeThePersonCannotReferThem() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(ID, PARTICIPANT, Pathway.HOUSING_FIRST, FROM, null, "worker"),
                        THIRD.toMetaData())
                .expectNoEvents()
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("This person's record is not shared with your organisation");
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(ID, "p-unknown", Pathway.HOUSING_FIRST, TO, null, "outreach"),
                        OUTREACH.toMetaData())
                .expectNoEvents()
                .expectException(ParticipantNotRegisteredException.class);
    }

    @Test
    void theTargetMustExistAndBeAnotherOrganisation() {
        fixture.givenNoPriorActivity()
                .when(make("NO-SUCH-ORG", null), OUTREACH.toMetaData())
                .expectNoEvents()
                .expectException(ReferralNotPossibleException.class)
                .expectExceptionMessage("toOrganisation: No organisation has this code");
        setUp();
        fixture.givenNoPriorActivity()
                .when(make(FROM, null), OUTREACH.toMetaData())
                .expectNoEvents()
                .expectException(ReferralNotPossibleException.class)
                .expectExceptionMessage("toOrganisation: Refer to another organisation than your own");
    }

    @Test
    void aReferralNeedsAPathway() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(ID, PARTICIPANT, null, TO, null, "outreach"), OUTREACH.toMetaData())
                .expectNoEvents()
                .expectException(ReferralNotPossibleException.class)
                .expectExceptionMessage("pathway: Choose the pathway");
    }

    @Test
    void theReceivingOrganisationAcceptsAndTheEnrolmentStartsForItAsTheAccepter() {
        fixture.given(made())
                .when(accept(), RECEIVER.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralAccepted(ID, "caseworker", "enrolment-1", NOW));
        assertThat(started).containsExactly(new ReferToHousingFirst("enrolment-1", PARTICIPANT, TO,
                LocalAuthority.WALSALL, FundingStream.HOUSING_FIRST_PILOT, null, HousingFirstReferralSource.OUTREACH,
                LocalDate.of(2026, 3, 1), null, "caseworker"));
        assertThat(startedAs).extracting(Caller::username).containsExactly("caseworker");
    }

    @Test
    void aStartTheEnrolmentRefusesLeavesTheReferralPending() {
        startRefused = true;
        fixture.given(made())
                .when(accept(), RECEIVER.toMetaData())
                .expectException(InvalidCommandException.class);
    }

    @Test
    void onlyTheReceivingOrganisationAcceptsOrDeclines() {
        for (Caller other : List.of(OUTREACH, THIRD)) {
            setUp();
            fixture.given(made())
                    .when(accept(), other.toMetaData())
                    .expectNoEvents()
                    .expectException(AccessRefusedException.class);
            setUp();
            fixture.given(made())
                    .when(new DeclineReferral(ID, "No capacity", other.username()), other.toMetaData())
                    .expectNoEvents()
                    .expectException(AccessRefusedException.class);
        }
        assertThat(started).isEmpty();
    }

    @Test
    void aDeclineNeedsAReason() {
        fixture.given(made())
                .when(new DeclineReferral(ID, " ", "caseworker"), RECEIVER.toMetaData())
                .expectNoEvents()
                .expectException(ReferralNotPossibleException.class)
                .expectExceptionMessage("reason: Give the reason for declining");
        setUp();
        fixture.given(made())
                .when(new DeclineReferral(ID, " No capacity this month ", "caseworker"), RECEIVER.toMetaData())
                .expectEvents(new ReferralDeclined(ID, "caseworker", "No capacity this month", NOW));
    }

    @Test
    void onlyTheReferringOrganisationWithdraws() {
        fixture.given(made())
                .when(new WithdrawReferral(ID, "outreach"), OUTREACH.toMetaData())
                .expectEvents(new ReferralWithdrawn(ID, "outreach", NOW));
        for (Caller other : List.of(RECEIVER, THIRD, TestCallers.withRole("gp", Role.GP_REFERRER, null))) {
            setUp();
            fixture.given(made())
                    .when(new WithdrawReferral(ID, other.username()), other.toMetaData())
                    .expectNoEvents()
                    .expectException(AccessRefusedException.class);
        }
    }

    @Test
    void aReferralIsDecidedOnce() {
        List<Object> decided = List.of(new ReferralAccepted(ID, "caseworker", "enrolment-1", NOW),
                new ReferralDeclined(ID, "caseworker", "No capacity", NOW), new ReferralWithdrawn(ID, "outreach", NOW));
        for (Object decision : decided) {
            setUp();
            fixture.given(made(), decision)
                    .when(accept(), RECEIVER.toMetaData())
                    .expectNoEvents()
                    .expectException(ReferralAlreadyDecidedException.class);
            setUp();
            fixture.given(made(), decision)
                    .when(new DeclineReferral(ID, "No capacity", "caseworker"), RECEIVER.toMetaData())
                    .expectNoEvents()
                    .expectException(ReferralAlreadyDecidedException.class);
            setUp();
            fixture.given(made(), decision)
                    .when(new WithdrawReferral(ID, "outreach"), OUTREACH.toMetaData())
                    .expectNoEvents()
                    .expectException(ReferralAlreadyDecidedException.class);
        }
        assertThat(started).isEmpty();
    }
}
