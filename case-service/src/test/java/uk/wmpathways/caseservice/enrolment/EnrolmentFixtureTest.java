package uk.wmpathways.caseservice.enrolment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import uk.wmpathways.caseservice.participant.ProcessingRestrictions;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.time.UkTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An enrolment fixture on a fixed day (Sunday 22 November 2026, UK time), with the demo organisations, a few
 * caseworkers, one registered participant, a trial-arm draw the test chooses (and counts) with the participants'
 * arms for life in memory; and the events that set an
 * enrolment up in each pathway.
 */
abstract class EnrolmentFixtureTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, UkTime.ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant EARLIER = Instant.parse("2026-01-05T09:00:00Z");
    static final String ID = "e-1";
    static final String PARTICIPANT = "p-1";
    static final String ORGANISATION = "DEMO-SUPPORT";
    static final String WORKER = "caseworker";
    static final String BY = "caseworker";
    /** The referral (HF, TiW) or first contact (RSI) date of the enrolments set up here. */
    static final LocalDate STARTED = LocalDate.of(2025, 1, 6);

    FixtureConfiguration<Enrolment> fixture;
    /** People who withdrew the consent their record is held on. */
    java.util.Set<String> restrictedParticipants;
    InMemoryWorkers workers;
    InMemoryParticipants participants;
    /** The demo organisations, serving everything; a test may record one as it wants it. */
    ProviderOrganisations organisations;
    int nextDraw = 1234;
    /** How many times the randomiser drew. */
    int draws;
    /** Each participant's arm for life, as the write side claims it. */
    InMemoryTrialArmRegistry trialArms;
    /** Who sends the commands: a caseworker of the organisation of the enrolments set up here, unless a test says. */
    Caller caller;

    @BeforeEach
    void setUpFixture() {
        workers = new InMemoryWorkers()
                .with("caseworker", ORGANISATION)
                .with("caseworker2", ORGANISATION)
                .with("outreach", "STREET-OUTREACH")
                .with("floating", null);
        participants = new InMemoryParticipants();
        participants.registered.add(PARTICIPANT);
        organisations = new ProviderOrganisations(Map.of());
        fixture = new AggregateTestFixture<>(Enrolment.class);
        caller = TestCallers.caseworker(BY, ORGANISATION);
        fixture.registerCommandDispatchInterceptor(TestCallers.unlessGiven(() -> caller));
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(organisations);
        fixture.registerInjectableResource(workers);
        draws = 0;
        fixture.registerInjectableResource((TrialArmRandomiser) () -> {
            draws++;
            return new TrialArmRandomiser.Draw(nextDraw, 10_000, 5_000);
        });
        trialArms = new InMemoryTrialArmRegistry();
        fixture.registerInjectableResource(trialArms);
        restrictedParticipants = new java.util.HashSet<>();
        fixture.registerInjectableResource((ProcessingRestrictions) restrictedParticipants::contains);
        fixture.registerAnnotatedCommandHandler(
                new EnrolmentStartHandler(fixture.getRepository(), fixture.getEventStore(), participants, CLOCK, organisations, workers));
    }

    // --- Housing First

    static ReferredToHousingFirst referredToHousingFirst() {
        return new ReferredToHousingFirst(ID, PARTICIPANT, ORGANISATION, LocalAuthority.BIRMINGHAM,
                FundingStream.HOUSING_FIRST_PILOT, WORKER, HousingFirstReferralSource.OUTREACH, STARTED, null, BY,
                EARLIER);
    }

    static HousingFirstEligibilityAssessed accepted() {
        return new HousingFirstEligibilityAssessed(ID, true, null, STARTED.plusDays(7), null, BY, EARLIER);
    }

    static TenancyStarted tenancyStarted(String tenancyId, LocalDate startedOn) {
        return new TenancyStarted(ID, tenancyId, "4 Elm Road, Birmingham", LandlordType.SOCIAL, startedOn, null, BY,
                EARLIER);
    }

    static List<EnrolmentEvent> housed(LocalDate tenancyStartedOn) {
        return List.of(referredToHousingFirst(), accepted(), tenancyStarted("t-1", tenancyStartedOn));
    }

    static EnrolmentClosed closed(ExitReason reason, ExitDestination destination, LocalDate closedOn) {
        return new EnrolmentClosed(ID, reason, destination, closedOn, null, BY, EARLIER);
    }

    // --- Rough Sleeping Initiative

    static OutreachContactMade outreachContactMade() {
        return new OutreachContactMade(ID, PARTICIPANT, "STREET-OUTREACH", LocalAuthority.COVENTRY,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, "outreach", STARTED, "Doorway, Broad Street", true, null,
                BY, EARLIER);
    }

    // --- Thrive into Work

    static ReferredToThriveIntoWork referredToThriveIntoWork() {
        return new ReferredToThriveIntoWork(ID, PARTICIPANT, ORGANISATION, LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_TRIAL, WORKER, ThriveIntoWorkReferralSource.GP, "M88006", STARTED,
                null, BY, EARLIER);
    }

    static EligibilityAndConsentRecorded enrolled() {
        return new EligibilityAndConsentRecorded(ID, true, true, STARTED.plusDays(3), null, BY, EARLIER);
    }

    static TrialArmAllocated allocated(TrialArm arm) {
        int drawn = arm == TrialArm.TREATMENT ? 100 : 9_000;
        return new TrialArmAllocated(ID, arm, drawn, 10_000, 5_000, STARTED.plusDays(4), null, BY, EARLIER);
    }

    static List<EnrolmentEvent> inTrialArm(TrialArm arm) {
        return List.of(referredToThriveIntoWork(), enrolled(), allocated(arm));
    }

    static JobStarted jobStarted(String jobId, LocalDate startedOn) {
        return new JobStarted(ID, jobId, "Acme Ltd", "Warehouse operative", JobSector.LOGISTICS,
                new BigDecimal("16"), new BigDecimal("12.60"), startedOn, null, BY, EARLIER);
    }

    /** The events given, in order: each part is an event or a list of events. */
    static List<Object> history(Object... parts) {
        List<Object> events = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                events.addAll(list);
            } else {
                events.add(part);
            }
        }
        return events;
    }

    // --- Matchers

    static Matcher<InvalidCommandException> withProblems(FieldProblem... expected) {
        return new FeatureMatcher<>(org.hamcrest.Matchers.equalTo(List.of(expected)), "rejection with problems",
                "problems") {
            @Override
            protected List<FieldProblem> featureValueOf(InvalidCommandException rejection) {
                return rejection.problems();
            }
        };
    }

    static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, message);
    }
}
