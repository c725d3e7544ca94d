package uk.wmpathways.reporting.outcomes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries.FundingOutcomes;
import uk.wmpathways.reporting.api.ReportQueries.RoughSleepingOutcomes;
import uk.wmpathways.reporting.api.ReportRefusedException;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ReportQueries.ThriveIntoWorkOutcomes;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.ROUGH_SLEEPING_INITIATIVE;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

/**
 * The report queries answered from events published to the event store. Each test's enrolments belong to a
 * provider organisation of its own, and its reports are narrowed to it, so other tests' events do not count.
 */
@SpringBootTest
class OutcomeReportQueriesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);
    private static final LocalDate ENROLLED = LocalDate.of(2025, 1, 6);

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    QueryGateway queries;
    @Autowired
    OutcomesProjection projection;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String organisation = "ORG-" + run;
    private OutcomeEvents events;

    @BeforeEach
    void setUp() {
        events = new OutcomeEvents(eventStore, mongo, collections, queries);
    }

    private List<History> peopleWithJobs(int count, LocalDate jobStartedOn) {
        List<History> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(History.inTrial(run + "-" + jobStartedOn + "-" + i, organisation, DUDLEY, TREATMENT, ENROLLED)
                    .jobStarted("j" + i, jobStartedOn, 16));
        }
        return people;
    }

    private List<History> peopleWithoutJobs(int count) {
        List<History> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(History.inTrial(run + "-none-" + i, organisation, DUDLEY, TREATMENT, ENROLLED));
        }
        return people;
    }

    private ThriveIntoWorkReport thriveIntoWork(LocalDate asAt) {
        return events.ask(new ThriveIntoWorkOutcomes(new ReportCriteria(FROM, TO, asAt, null, organisation, null)),
                ThriveIntoWorkReport.class);
    }

    @Test
    void aPersonWithTwoJobStartsCountsOnce() {
        List<History> people = peopleWithJobs(6, LocalDate.of(2025, 2, 3));
        people.get(0).jobStarted("second", LocalDate.of(2025, 4, 7), 30);
        events.publish(people);

        ThriveIntoWorkReport report = thriveIntoWork(null);

        assertThat(report.supported().value()).isEqualTo(6);
        assertThat(report.jobStarts().value()).isEqualTo(6);
        assertThat(report.jobConversion().percent()).isEqualTo(100.0);
    }

    @Test
    void aJobStartAfterThePeriodDoesNotCount() {
        List<History> people = new ArrayList<>(peopleWithJobs(6, LocalDate.of(2025, 2, 3)));
        // five, not fewer: with 1 to 4 people without a job start, the job starts would be withheld ("[c]")
        people.addAll(peopleWithJobs(5, TO.plusDays(1)));
        events.publish(people);

        ThriveIntoWorkReport report = thriveIntoWork(null);

        assertThat(report.supported().value()).isEqualTo(11);
        assertThat(report.jobStarts().value()).isEqualTo(6);
    }

    @Test
    void aCorrectionRecordedAfterTheAsAtDayIsNotSeenAndIsSeenAsAtItsDay() {
        List<History> people = peopleWithJobs(6, LocalDate.of(2025, 3, 3));
        events.publish(people);
        events.publish(peopleWithoutJobs(5)); // so that those without a job start are not 1 to 4
        LocalDate correctedOn = LocalDate.of(2025, 5, 10);
        History corrected = people.get(0).recordedOn(correctedOn).jobStartCorrected("j0", TO.plusDays(1), 16);
        events.publish(List.of(corrected));

        // As-at days are month ends (docs/disclosure.md): the end of the month before the correction, and of its own.
        LocalDate before = LocalDate.of(2025, 4, 30);
        LocalDate after = LocalDate.of(2025, 5, 31);
        assertThat(thriveIntoWork(before).jobStarts().value()).isEqualTo(6);
        assertThat(thriveIntoWork(after).jobStarts().value()).isEqualTo(5);
        assertThat(thriveIntoWork(null).jobStarts().value()).isEqualTo(5);
        assertThat(thriveIntoWork(before))
                .as("the same request gives the same numbers after the correction")
                .isEqualTo(thriveIntoWork(before));
    }

    @Test
    void nothingRecordedAfterTheAsAtDayIsSeen() {
        events.publish(peopleWithJobs(6, LocalDate.of(2025, 3, 3)));

        // As-at days are month ends: the end of the month before each was recorded, and of its own.
        assertThat(thriveIntoWork(LocalDate.of(2024, 12, 31)).supported().value()).isZero();
        assertThat(thriveIntoWork(LocalDate.of(2025, 2, 28)).jobStarts().value()).isZero();
        assertThat(thriveIntoWork(LocalDate.of(2025, 3, 31)).jobStarts().value()).isEqualTo(6);
    }

    @Test
    void threeJobStartsAreSuppressed() {
        List<History> people = new ArrayList<>(peopleWithJobs(3, LocalDate.of(2025, 2, 3)));
        people.addAll(peopleWithoutJobs(7));
        events.publish(people);

        ThriveIntoWorkReport report = thriveIntoWork(null);

        assertThat(report.supported().value()).isEqualTo(10);
        assertThat(report.jobStarts().shown()).isEqualTo("<5");
        assertThat(report.jobStarts().value()).isNull();
        assertThat(report.jobConversion().percent()).isNull();
        assertThat(report.fiscalBenefitPounds()).isNull();
        assertThat(report.byLocalAuthority().rows()).filteredOn(row -> row.key().equals("DUDLEY"))
                .extracting(row -> row.count().shown()).containsExactly("<5");
    }

    @Test
    void aContactInThe60MonthsRecordedLateMakesPeopleNotNewFromTheDayItWasRecorded() {
        LocalDate longAgo = LocalDate.of(2019, 1, 10); // before the 60 months before they are back
        LocalDate back = LocalDate.of(2025, 2, 3);
        List<History> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(History.roughSleeping(run + "-rsi-" + i, organisation, DUDLEY, longAgo)
                    .closed(LocalDate.of(2021, 12, 31)));
            people.add(History.roughSleeping(run + "-rsi-" + i, organisation, DUDLEY, back));
        }
        events.publish(people);
        List<History> inTouchIn2021 = new ArrayList<>();
        for (int i = 0; i < 10; i += 2) {
            inTouchIn2021.add(people.get(i).recordedOn(LocalDate.of(2025, 3, 10))
                    .contact(ContactType.FACE_TO_FACE, LocalDate.of(2021, 6, 1)));
        }
        events.publish(inTouchIn2021);

        // As-at days are month ends: the month before the contacts were recorded, and their own.
        assertThat(roughSleeping(LocalDate.of(2025, 2, 28)).newToRoughSleeping().value()).isEqualTo(10);
        assertThat(roughSleeping(LocalDate.of(2025, 3, 31)).newToRoughSleeping().value()).isEqualTo(5);
        assertThat(roughSleeping(null).newToRoughSleeping().value()).isEqualTo(5);

        Document kept = daysInTouchOf(inTouchIn2021.get(0));
        projection.on(inTouchIn2021.get(0).events().get(2), 2);
        assertThat(daysInTouchOf(inTouchIn2021.get(0))).as("delivered again").isEqualTo(kept);
        assertThat(kept.getList("days", Document.class))
                .extracting(day -> day.getString("on") + " known " + day.getString("knownOn"))
                .containsExactly(longAgo + " known " + longAgo, "2021-06-01 known 2025-03-10");
    }

    private RoughSleepingReport roughSleeping(LocalDate asAt) {
        return events.ask(new RoughSleepingOutcomes(new ReportCriteria(FROM, TO, asAt, null, organisation, null)),
                RoughSleepingReport.class);
    }

    private Document daysInTouchOf(History history) {
        return mongo.findById(history.id(), Document.class,
                collections.live(OutcomesProjection.PROCESSING_GROUP, RoughSleepingContacts.PART));
    }

    @Test
    void aDrawdownCorrectedLaterIsReportedAsItWasKnownOnTheAsAtDay() {
        // Drawn in 2001: no other test draws down that early, so the stream's total up to 2001 is this test's.
        String aggregate = "funding-" + run;
        LocalDate drawnOn = LocalDate.of(2001, 4, 2);
        LocalDate correctedOn = LocalDate.of(2001, 6, 1);
        eventStore.publish(new GenericDomainEventMessage<>("FundingStream", aggregate, 0, new FundingDrawnDown(
                ROUGH_SLEEPING_INITIATIVE, "d-" + run, new BigDecimal("1000.00"), drawnOn, "INV-1", null, "admin",
                History.noonOf(drawnOn))));
        eventStore.publish(new GenericDomainEventMessage<>("FundingStream", aggregate, 1, new FundingDrawdownCorrected(
                ROUGH_SLEEPING_INITIATIVE, "d-" + run, new BigDecimal("1250.50"), "Invoice misread", "admin",
                History.noonOf(correctedOn))));

        await().atMost(Duration.ofSeconds(30)).until(() -> drawnDown(null).compareTo(new BigDecimal("1250.50")) == 0);

        // As-at days are month ends: the month before the correction, the correction's month, before the drawdown.
        assertThat(drawnDown(correctedOn.minusDays(1))).isEqualByComparingTo("1000.00");
        assertThat(drawnDown(LocalDate.of(2001, 6, 30))).isEqualByComparingTo("1250.50");
        assertThat(drawnDown(LocalDate.of(2001, 3, 31))).isEqualByComparingTo("0");
    }

    private BigDecimal drawnDown(LocalDate asAt) {
        FundingReport report = events.ask(new FundingOutcomes(new ReportCriteria(LocalDate.of(2001, 1, 1),
                LocalDate.of(2001, 12, 31), asAt, null, null, ROUGH_SLEEPING_INITIATIVE)), FundingReport.class);
        return report.lines().get(0).drawnDownPounds();
    }

    @Test
    void anEnrolmentHasANewVersionOnlyForADayOnWhichAnOutcomeFactChanged() {
        History history = History.inTrial(run + "-versions", organisation, DUDLEY, TREATMENT, ENROLLED);
        history.then(new ContactLogged(history.id(), "c1", ContactType.PHONE, 20, "Talked", ENROLLED.plusDays(3), null,
                "caseworker", History.noonOf(ENROLLED.plusDays(3))));
        history.jobStarted("j1", ENROLLED.plusDays(10), 16);
        events.publish(List.of(history));

        List<Document> versions = mongo.getCollection(collections.live(OutcomesProjection.PROCESSING_GROUP,
                        OutcomesProjection.ENROLMENT_VERSIONS)).find(new Document("key", history.id()))
                .into(new ArrayList<>());

        assertThat(versions).extracting(version -> version.getString("_id") + " " + version.getString("knownFrom")
                        + ".." + version.getString("knownUntil") + " " + version.getBoolean("current"))
                .containsExactlyInAnyOrder(
                        history.id() + "@" + ENROLLED + " " + ENROLLED + ".." + ENROLLED.plusDays(10) + " false",
                        history.id() + " " + ENROLLED.plusDays(10) + "..null true");
        assertThat(daysInTouchOf(history)).as("only Rough Sleeping enrolments' days in touch are kept").isNull();
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        History history = History.inTrial(run + "-again", organisation, DUDLEY, TREATMENT, ENROLLED)
                .jobStarted("j1", LocalDate.of(2025, 2, 3), 16)
                .jobEnded("j1", LocalDate.of(2025, 4, 1));
        events.publish(List.of(history));
        List<Document> before = versionsOf(history);

        List<EnrolmentEvent> published = history.events();
        projection.on(published.get(3), 3);
        projection.on(published.get(4), 4);

        assertThat(versionsOf(history)).isEqualTo(before);
    }

    private List<Document> versionsOf(History history) {
        List<Document> versions = mongo.getCollection(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.ENROLMENT_VERSIONS)).find(new Document("key", history.id())).into(new ArrayList<>());
        versions.sort(java.util.Comparator.comparing(version -> version.getString("_id")));
        return versions;
    }

    @Test
    void theDayLevelAttacksAreRefusedByTheQueryHandlersWhoeverAsks() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        for (ReportCriteria criteria : List.of(
                new ReportCriteria(day, day, null, null, organisation, null),
                new ReportCriteria(FROM, TO.minusDays(1), null, null, organisation, null),
                new ReportCriteria(FROM, TO, day, null, organisation, null))) {
            Throwable refused = catchThrowable(() -> queries.query(new ThriveIntoWorkOutcomes(criteria),
                    ThriveIntoWorkReport.class).join());
            while (refused != null && !(refused instanceof ReportRefusedException)) {
                refused = refused.getCause();
            }
            assertThat(refused).as(criteria.toString()).isInstanceOf(ReportRefusedException.class);
        }
    }
}
