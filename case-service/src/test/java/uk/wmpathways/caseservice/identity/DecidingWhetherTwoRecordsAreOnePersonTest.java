package uk.wmpathways.caseservice.identity;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.LinkedWithDifferentTrialArms;
import uk.wmpathways.caseservice.api.identity.SameRecordException;
import uk.wmpathways.caseservice.enrolment.Participants;
import uk.wmpathways.caseservice.enrolment.PersonTrialArms;
import uk.wmpathways.caseservice.participant.ParticipantSharing;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.wmpathways.caseservice.api.identity.IdentityDecision.LINK;
import static uk.wmpathways.caseservice.api.identity.IdentityDecision.NOT_SAME_PERSON;

/**
 * Link and "not the same person", per organisation: the organisation that holds both records decides, one that
 * holds one of them or neither is refused; decisions replace each other and a repeat records nothing.
 */
class DecidingWhetherTwoRecordsAreOnePersonTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    static final String A = "p-a";
    static final String B = "p-b";
    static final String PAIR = A + "+" + B;
    static final Caller BOTH = TestCallers.caseworker("caseworker", "DEMO-SUPPORT");
    static final Caller ONE = TestCallers.caseworker("outreach", "STREET-OUTREACH");
    static final Caller NEITHER = TestCallers.caseworker("worker", "HOMES-FIRST");

    private FixtureConfiguration<PersonMatch> fixture;
    static final String JUST_REGISTERED = "p-c";

    private final Map<String, TrialArm> arms = new HashMap<>();
    /** What the write side knows at once of who registered a record (the read side may not know it yet). */
    private final Map<String, String> registeredBy = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonMatch.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new Participants() {
            @Override
            public boolean exists(String participantId) {
                return Set.of(A, B, JUST_REGISTERED).contains(participantId);
            }

            @Override
            public Optional<String> registeringOrganisation(String participantId) {
                return Optional.ofNullable(registeredBy.get(participantId));
            }
        });
        fixture.registerInjectableResource((ParticipantSharing) (organisation, id) ->
                "DEMO-SUPPORT".equals(organisation) || ("STREET-OUTREACH".equals(organisation) && A.equals(id)));
        fixture.registerInjectableResource((PersonTrialArms) id -> Optional.ofNullable(arms.get(id)));
    }

    private static IdentityDecided decided(IdentityDecision decision, String by) {
        return new IdentityDecided(PAIR, A, B, decision, by, NOW);
    }

    @Test
    void anOrganisationHoldingBothRecordsLinksThemInEitherOrder() {
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(B, A, LINK, "caseworker"), BOTH.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(decided(LINK, "caseworker"));
    }

    @Test
    void notTheSamePersonIsRememberedAndALaterDecisionReplacesIt() {
        fixture.given(decided(LINK, "caseworker"))
                .when(DecideIdentity.of(A, B, NOT_SAME_PERSON, "caseworker"), BOTH.toMetaData())
                .expectEvents(decided(NOT_SAME_PERSON, "caseworker"));
        setUp();
        fixture.given(decided(LINK, "caseworker"), decided(NOT_SAME_PERSON, "caseworker"))
                .when(DecideIdentity.of(A, B, LINK, "caseworker"), BOTH.toMetaData())
                .expectEvents(decided(LINK, "caseworker"));
    }

    @Test
    void theSameDecisionAgainRecordsNothing() {
        fixture.given(decided(NOT_SAME_PERSON, "caseworker"))
                .when(DecideIdentity.of(A, B, NOT_SAME_PERSON, "caseworker"), BOTH.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOrganisationHoldingOnlyOneOfTheRecordsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, B, LINK, "outreach"), ONE.toMetaData())
                .expectNoEvents()
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("Only an organisation that holds both records can decide whether they are "
                        + "one person");
    }

    @Test
    void anOrganisationHoldingNeitherRecordIsRefused() {
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, B, NOT_SAME_PERSON, "worker"), NEITHER.toMetaData())
                .expectNoEvents()
                .expectException(AccessRefusedException.class);
    }

    @Test
    void aRecordAndItselfOrAnUnknownRecordOrNoDecisionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, A, LINK, "caseworker"), BOTH.toMetaData())
                .expectNoEvents()
                .expectException(SameRecordException.class);
        setUp();
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, "p-unknown", LINK, "caseworker"), BOTH.toMetaData())
                .expectNoEvents()
                .expectException(ParticipantNotRegisteredException.class);
        setUp();
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, B, null, "caseworker"), BOTH.toMetaData())
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("decision: Choose LINK or NOT_SAME_PERSON");
    }

    @Test
    void linkingTwoRecordsAllocatedDifferentArmsFlagsItAndChangesNoArm() {
        arms.put(A, TrialArm.TREATMENT);
        arms.put(B, TrialArm.CONTROL);
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, B, LINK, "caseworker"), BOTH.toMetaData())
                .expectEvents(decided(LINK, "caseworker"),
                        new LinkedWithDifferentTrialArms(PAIR, A, TrialArm.TREATMENT, B, TrialArm.CONTROL, NOW));
    }

    @Test
    void linkingRecordsWithTheSameArmOrOneArmFlagsNothing() {
        arms.put(A, TrialArm.CONTROL);
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(A, B, LINK, "caseworker"), BOTH.toMetaData())
                .expectEvents(decided(LINK, "caseworker"));
    }

    @Test
    void aRecordRegisteredAMomentAgoCountsAsHeldByItsRegisteringOrganisationBeforeTheReadSideKnowsIt() {
        registeredBy.put(JUST_REGISTERED, "STREET-OUTREACH");
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(JUST_REGISTERED, A, NOT_SAME_PERSON, "outreach"), ONE.toMetaData())
                .expectEvents(new IdentityDecided(A + "+" + JUST_REGISTERED, A, JUST_REGISTERED, NOT_SAME_PERSON,
                        "outreach", NOW));
    }

    @Test
    void theRegisteringOrganisationOfOnlyOneRecordIsStillRefused() {
        registeredBy.put(B, "HOMES-FIRST");
        fixture.givenNoPriorActivity()
                .when(DecideIdentity.of(B, A, NOT_SAME_PERSON, "worker"), NEITHER.toMetaData())
                .expectNoEvents()
                .expectException(AccessRefusedException.class);
    }
}
