package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.access.CommandAccess;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.CancelGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.StaleGpReferralVersionException;
import org.axonframework.test.matchers.Matchers;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.COULD_NOT_CONTACT;
import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.NOT_ELIGIBLE;
import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.OTHER;

/**
 * The service decides a GP referral once, on the version it saw: opening it (requested to received, once),
 * accepting, rejecting with a coded reason (a note for "other"); the practice may cancel it until then.
 */
class DecidingAGpReferralTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final String ID = ReceivingAGpReferralTest.ID;
    static final Caller SERVICE = TestCallers.caseworker("caseworker", "WORK-WELL");
    static final Caller GP = ReceivingAGpReferralTest.GP;

    private FixtureConfiguration<GpReferral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GpReferral.class);
        fixture.registerCommandHandlerInterceptor(new CommandAccess());
        fixture.registerInjectableResource(Clock.fixed(NOW, UkTime.ZONE));
    }

    static GpReferralReceived received() {
        return new GpReferralReceived(ID, "Y90001", "The Example Practice", null, null, "9434765919",
                "number-present-and-verified", "Alexis", "Example", LocalDate.of(1980, 4, 23), "female", null, null,
                List.of(), "WS1 1AA", LocalDate.of(2026, 11, 20), List.of("Wants help into work"), List.of(), null,
                "gp-y90001", NOW.minusSeconds(3600), "WORK-WELL");
    }

    static GpReferralOpened opened() {
        return new GpReferralOpened(ID, "caseworker", NOW.minusSeconds(60));
    }

    static AcceptGpReferral accept(long version) {
        return new AcceptGpReferral(ID, version, "p-1", "e-1", "caseworker");
    }

    @Test
    void openingMovesItFromRequestedToReceivedOnce() {
        fixture.given(received())
                .when(new OpenGpReferral(ID, "caseworker"), SERVICE.toMetaData())
                .expectEvents(new GpReferralOpened(ID, "caseworker", NOW));
        fixture.given(received(), opened())
                .when(new OpenGpReferral(ID, "caseworker"), SERVICE.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void openingADecidedReferralRecordsNothing() {
        fixture.given(received(), opened(), new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW))
                .when(new OpenGpReferral(ID, "caseworker"), SERVICE.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void acceptingOnTheVersionSeenRecordsTheParticipantAndEnrolment() {
        fixture.given(received(), opened())
                .when(accept(1), SERVICE.toMetaData())
                .expectEvents(new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW));
        fixture.given(received())
                .when(accept(0), SERVICE.toMetaData())
                .expectEvents(new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW));
    }

    @Test
    void aStaleVersionIsRefusedAndSaysTheCurrentOne() {
        fixture.given(received(), opened())
                .when(accept(0), SERVICE.toMetaData())
                .expectException(StaleGpReferralVersionException.class)
                .expectNoEvents();
        fixture.given(received(), opened())
                .when(new RejectGpReferral(ID, 2, NOT_ELIGIBLE, null, "caseworker"), SERVICE.toMetaData())
                .expectException(StaleGpReferralVersionException.class)
                .expectNoEvents();
        fixture.given(received(), opened())
                .when(accept(5), SERVICE.toMetaData())
                .expectException(Matchers.predicate(e -> e instanceof StaleGpReferralVersionException stale
                        && stale.currentVersion() == 1));
    }

    @Test
    void acceptingNeedsTheParticipantAndTheEnrolment() {
        fixture.given(received())
                .when(new AcceptGpReferral(ID, 0, " ", null, "caseworker"), SERVICE.toMetaData())
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void rejectingRecordsTheCodedReasonAndATrimmedNote() {
        fixture.given(received(), opened())
                .when(new RejectGpReferral(ID, 1, COULD_NOT_CONTACT, "  Three calls, no answer ", "caseworker"),
                        SERVICE.toMetaData())
                .expectEvents(new GpReferralRejected(ID, COULD_NOT_CONTACT, "Three calls, no answer", "caseworker",
                        NOW));
        fixture.given(received())
                .when(new RejectGpReferral(ID, 0, NOT_ELIGIBLE, " ", "caseworker"), SERVICE.toMetaData())
                .expectEvents(new GpReferralRejected(ID, NOT_ELIGIBLE, null, "caseworker", NOW));
    }

    @Test
    void anotherReasonNeedsANoteOnTheNoteField() {
        fixture.given(received())
                .when(new RejectGpReferral(ID, 0, OTHER, "  ", "caseworker"), SERVICE.toMetaData())
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        refusedOn(new RejectGpReferral(ID, 0, OTHER, null, "caseworker"), "note");
        refusedOn(new RejectGpReferral(ID, 0, null, null, "caseworker"), "reason");
        refusedOn(new RejectGpReferral(ID, 0, NOT_ELIGIBLE, "x".repeat(2001), "caseworker"), "note");
    }

    private void refusedOn(Object command, String field) {
        fixture.given(received())
                .when(command, SERVICE.toMetaData())
                .expectException(Matchers.predicate(e -> e instanceof InvalidCommandException invalid
                        && invalid.problems().stream().map(FieldProblem::field).toList().equals(List.of(field))))
                .expectNoEvents();
    }

    @Test
    void aDecidedReferralIsNotDecidedAgain() {
        GpReferralAccepted accepted = new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW);
        GpReferralRejected rejected = new GpReferralRejected(ID, NOT_ELIGIBLE, null, "caseworker", NOW);
        GpReferralCancelled cancelled = new GpReferralCancelled(ID, "gp-y90001", NOW);
        fixture.given(received(), accepted)
                .when(accept(1), SERVICE.toMetaData())
                .expectException(GpReferralAlreadyDecidedException.class)
                .expectExceptionMessage("This GP referral was accepted already")
                .expectNoEvents();
        fixture.given(received(), rejected)
                .when(new RejectGpReferral(ID, 1, NOT_ELIGIBLE, null, "caseworker"), SERVICE.toMetaData())
                .expectException(GpReferralAlreadyDecidedException.class)
                .expectExceptionMessage("This GP referral was rejected already");
        fixture.given(received(), cancelled)
                .when(accept(1), SERVICE.toMetaData())
                .expectException(GpReferralAlreadyDecidedException.class)
                .expectExceptionMessage("This GP referral was cancelled already");
    }

    @Test
    void thePracticeCancelsBeforeTheServiceDecides() {
        fixture.given(received(), opened())
                .when(new CancelGpReferral(ID, "Y90001", "gp-y90001"), GP.toMetaData())
                .expectEvents(new GpReferralCancelled(ID, "gp-y90001", NOW));
    }

    @Test
    void noCancellingOnceAcceptedRejectedOrCancelled() {
        for (Object decision : List.of(new GpReferralAccepted(ID, "p-1", "e-1", "caseworker", NOW),
                new GpReferralRejected(ID, NOT_ELIGIBLE, null, "caseworker", NOW),
                new GpReferralCancelled(ID, "gp-y90001", NOW))) {
            fixture.given(received(), decision)
                    .when(new CancelGpReferral(ID, "Y90001", "gp-y90001"), GP.toMetaData())
                    .expectException(GpReferralAlreadyDecidedException.class)
                    .expectNoEvents();
        }
    }
}
