package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.access.CommandAccess;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.gpreferral.CancelGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.EraseGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralErased;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.util.Set;

import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.NOT_ELIGIBLE;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.GP;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.ID;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.NOW;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.SERVICE;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.opened;
import static uk.wmpathways.caseservice.gpreferral.DecidingAGpReferralTest.received;

/**
 * The retention job erases a GP referral that never became an enrolment (rejected, cancelled, never decided), once;
 * an accepted one is erased with its person; nobody else erases one, and an erased one is decided no more.
 */
class ErasingAGpReferralTest {

    static final Caller RETENTION = Caller.system("retention");
    static final String BY = RETENTION.username();

    private FixtureConfiguration<GpReferral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GpReferral.class);
        fixture.registerCommandHandlerInterceptor(new CommandAccess());
        fixture.registerInjectableResource(Clock.fixed(NOW, UkTime.ZONE));
    }

    @Test
    void aRejectedReferralIsErased() {
        fixture.given(received(), opened(), new GpReferralRejected(ID, NOT_ELIGIBLE, "note", "caseworker", NOW))
                .when(new EraseGpReferral(ID, BY), RETENTION.toMetaData())
                .expectEvents(new GpReferralErased(ID, BY, NOW));
    }

    @Test
    void aCancelledOrUndecidedReferralIsErased() {
        fixture.given(received(), new GpReferralCancelled(ID, "gp-y90001", NOW))
                .when(new EraseGpReferral(ID, BY), RETENTION.toMetaData())
                .expectEvents(new GpReferralErased(ID, BY, NOW));
        fixture.given(received())
                .when(new EraseGpReferral(ID, BY), RETENTION.toMetaData())
                .expectEvents(new GpReferralErased(ID, BY, NOW));
    }

    @Test
    void anErasedReferralIsErasedOnce() {
        fixture.given(received(), new GpReferralErased(ID, BY, NOW))
                .when(new EraseGpReferral(ID, BY), RETENTION.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAcceptedReferralIsErasedWithItsPersonNotByItself() {
        fixture.given(received(), opened(), new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW))
                .when(new EraseGpReferral(ID, BY), RETENTION.toMetaData())
                .expectException(ErasureRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void nobodyButTheRetentionJobErasesOne() {
        Caller dpo = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test");
        Caller admin = Caller.person("admin", Set.of(Role.ADMIN), null, "test");
        for (Caller refused : new Caller[]{SERVICE, GP, dpo, admin}) {
            fixture.given(received())
                    .when(new EraseGpReferral(ID, refused.username()), refused.toMetaData())
                    .expectException(AccessRefusedException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void anErasedReferralIsDecidedNoMore() {
        fixture.given(received(), new GpReferralErased(ID, BY, NOW))
                .when(new CancelGpReferral(ID, "Y90001", "gp-y90001"), GP.toMetaData())
                .expectException(GpReferralAlreadyDecidedException.class);
        fixture.given(received(), new GpReferralErased(ID, BY, NOW))
                .when(new OpenGpReferral(ID, "caseworker"), SERVICE.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
