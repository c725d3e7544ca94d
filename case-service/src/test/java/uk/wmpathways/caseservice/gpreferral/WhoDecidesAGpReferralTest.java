package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.access.CommandAccess;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.CancelGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.DECLINED;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.ID;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.NOW;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.received;

/**
 * Opening, accepting and rejecting are a caseworker's of the organisation the referral was sent to (WORK-WELL),
 * in their own name; cancelling is a GP referrer's of the referring practice (Y90001). Every other role and
 * organisation is refused, on the command bus (CommandAccess) and by the referral itself.
 */
class WhoDecidesAGpReferralTest {

    private FixtureConfiguration<GpReferral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GpReferral.class);
        fixture.registerCommandHandlerInterceptor(new CommandAccess());
        fixture.registerInjectableResource(Clock.fixed(NOW, UkTime.ZONE));
    }

    private static List<Function<String, Object>> serviceSteps() {
        return List.of(name -> new OpenGpReferral(ID, name),
                name -> new AcceptGpReferral(ID, 0, "p-1", "e-1", name),
                name -> new RejectGpReferral(ID, 0, DECLINED, null, name));
    }

    @Test
    void aCaseworkerOfTheReceivingOrganisationOpensAcceptsAndRejects() {
        Caller caseworker = TestCallers.caseworker("caseworker", "WORK-WELL");
        fixture.given(received()).when(new OpenGpReferral(ID, "caseworker"), caseworker.toMetaData())
                .expectEvents(new GpReferralOpened(ID, "caseworker", NOW));
        fixture.given(received()).when(new AcceptGpReferral(ID, 0, "p-1", "e-1", "caseworker"),
                        caseworker.toMetaData())
                .expectEvents(new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW));
        fixture.given(received()).when(new RejectGpReferral(ID, 0, DECLINED, null, "caseworker"),
                        caseworker.toMetaData())
                .expectEvents(new GpReferralRejected(ID, DECLINED, null, "caseworker", NOW));
    }

    @Test
    void onlyInTheirOwnName() {
        Caller caseworker = TestCallers.caseworker("caseworker", "WORK-WELL");
        for (Function<String, Object> step : serviceSteps()) {
            fixture.given(received()).when(step.apply("caseworker2"), caseworker.toMetaData())
                    .expectException(AccessRefusedException.class)
                    .expectExceptionMessage("A step is recorded in the name of the person signed in")
                    .expectNoEvents();
        }
    }

    @Test
    void aCaseworkerOfAnotherOrganisationIsRefused() {
        for (String organisation : new String[] {"DEMO-SUPPORT", "HOMES-FIRST", "STREET-OUTREACH"}) {
            Caller other = TestCallers.caseworker("worker", organisation);
            for (Function<String, Object> step : serviceSteps()) {
                fixture.given(received()).when(step.apply("worker"), other.toMetaData())
                        .expectException(AccessRefusedException.class)
                        .expectExceptionMessage(
                                "Only a caseworker of the organisation the referral was sent to decides it")
                        .expectNoEvents();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "CASEWORKER", mode = EnumSource.Mode.EXCLUDE)
    void noOtherRoleOpensAcceptsOrRejectsEvenInTheReceivingOrganisation(Role role) {
        Caller other = Caller.person("someone", java.util.Set.of(role), "WORK-WELL", "test").withPractice("Y90001");
        for (Function<String, Object> step : serviceSteps()) {
            fixture.given(received()).when(step.apply("someone"), other.toMetaData())
                    .expectException(AccessRefusedException.class)
                    .expectExceptionMessage("Only a caseworker of the receiving organisation decides a GP referral")
                    .expectNoEvents();
        }
    }

    @Test
    void aGpReferrerOfTheReferringPracticeCancels() {
        fixture.given(received()).when(new CancelGpReferral(ID, "Y90001", "gp-y90001"),
                        ReceivingAGpReferralTest.gp("gp-y90001", "Y90001").toMetaData())
                .expectEvents(new GpReferralCancelled(ID, "gp-y90001", NOW));
    }

    @Test
    void aGpReferrerOfAnotherPracticeCannotCancelEvenNamingTheReferralsPractice() {
        Caller otherPractice = ReceivingAGpReferralTest.gp("gp-y90002", "Y90002");
        fixture.given(received()).when(new CancelGpReferral(ID, "Y90002", "gp-y90002"), otherPractice.toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("Only a GP referrer of the referring practice cancels its referral")
                .expectNoEvents();
        fixture.given(received()).when(new CancelGpReferral(ID, "Y90001", "gp-y90002"), otherPractice.toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("You may cancel only your own practice's referrals")
                .expectNoEvents();
    }

    @Test
    void aGpReferrerOfNoPracticeOrInAnotherNameCannotCancel() {
        fixture.given(received()).when(new CancelGpReferral(ID, "Y90001", "gp"),
                        ReceivingAGpReferralTest.gp("gp", null).toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("Your account is not linked to a GP practice");
        fixture.given(received()).when(new CancelGpReferral(ID, "Y90001", "gp-other"),
                        ReceivingAGpReferralTest.gp("gp-y90001", "Y90001").toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("A step is recorded in the name of the person signed in");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "GP_REFERRER", mode = EnumSource.Mode.EXCLUDE)
    void noOtherRoleCancelsEvenOfTheReceivingOrganisation(Role role) {
        Caller other = Caller.person("someone", java.util.Set.of(role), "WORK-WELL", "test").withPractice("Y90001");
        fixture.given(received()).when(new CancelGpReferral(ID, "Y90001", "someone"), other.toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("Only a GP referrer of the referring practice cancels a GP referral")
                .expectNoEvents();
    }

    @Test
    void nobodySignedInIsRefused() {
        fixture.given(received()).when(new OpenGpReferral(ID, "caseworker"))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }
}
