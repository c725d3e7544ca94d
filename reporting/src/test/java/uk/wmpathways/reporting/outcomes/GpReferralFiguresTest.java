package uk.wmpathways.reporting.outcomes;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries.GpReferralOutcomes;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.DECLINED;
import static uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason.NOT_ELIGIBLE;
import static uk.wmpathways.reporting.outcomes.GpReferralEvents.contactedOn;
import static uk.wmpathways.reporting.outcomes.GpReferralEvents.status;

/**
 * The GP referral figures from the events the write side publishes (referrals, their acceptance, rejection or
 * cancellation, the accepted enrolments' start and contacts), through the report query. Only this class publishes
 * GP referrals, and each test receives its referrals in a month of its own, so the tests do not count each other's.
 */
@SpringBootTest
class GpReferralFiguresTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    QueryGateway queries;
    @Autowired
    ProjectionRebuilds rebuilds;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String provider = "ORG-" + run;
    private GpReferralEvents events;

    @BeforeEach
    void setUp() {
        events = new GpReferralEvents(eventStore, mongo, collections);
    }

    private GpReferralReport report(LocalDate month, LocalDate asAt, String narrowedToProvider) {
        return queries.query(new GpReferralOutcomes(new ReportCriteria(month, month.withDayOfMonth(month.lengthOfMonth()),
                asAt, null, narrowedToProvider, null)), ResponseTypes.instanceOf(GpReferralReport.class)).join();
    }

    private static GpReferralReport.Line line(List<GpReferralReport.Line> lines, String key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<Long> values(GpReferralReport.Line line) {
        return java.util.stream.Stream.of(line.received(), line.accepted(), line.rejected(), line.cancelled(),
                line.awaitingDecision(), line.firstContacted()).map(Figure::value).toList();
    }

    @Test
    void eachReferralIsCountedByWhatBecameOfItPerPracticeAndPerAreaOfItsEnrolment() {
        LocalDate month = LocalDate.of(2024, 1, 1);
        LocalDate receivedOn = LocalDate.of(2024, 1, 8);
        String practiceA = "A" + run;
        String practiceB = "B" + run;
        String last = null;
        for (int i = 0; i < 10; i++) {
            String referral = events.received(practiceA, receivedOn);
            // half accepted before their enrolment's first event is seen, half after
            String enrolment = events.accepted(referral, receivedOn.plusDays(1), DUDLEY, provider, i % 2 == 0);
            events.contact(enrolment, ContactType.ATTEMPTED, receivedOn, receivedOn.plusDays(1));
            events.contact(enrolment, ContactType.PHONE, receivedOn.plusDays(i + 1), receivedOn.plusDays(i + 1));
            last = referral;
        }
        for (int i = 0; i < 11; i++) {
            events.rejected(events.received(practiceA, receivedOn), i < 6 ? NOT_ELIGIBLE : DECLINED,
                    receivedOn.plusDays(2));
        }
        for (int i = 0; i < 5; i++) {
            events.received(practiceA, receivedOn);
        }
        for (int i = 0; i < 10; i++) {
            last = events.received(practiceB, receivedOn.plusDays(3));
        }
        events.awaitReferral(last, status(GpReferralRow.Status.AWAITING_DECISION));

        GpReferralReport report = report(month, null, null);

        assertThat(List.of(report.received(), report.accepted(), report.rejected(), report.cancelled(),
                report.awaitingDecision(), report.firstContacted())).extracting(Figure::value)
                .containsExactly(36L, 10L, 11L, 0L, 15L, 10L);
        assertThat(report.rejectedByReason().rows()).extracting(row -> row.key() + "=" + row.count().shown())
                .containsExactly("NOT_ELIGIBLE=6", "DECLINED=5", "COULD_NOT_CONTACT=0", "OTHER=0");
        // days from receipt to the first contact that reached the person (the attempts do not count): 1 to 10
        assertThat(report.medianDaysToFirstContact()).isEqualTo(5.5);
        assertThat(report.ninetiethPercentileDaysToFirstContact()).isEqualTo(9.0);

        assertThat(values(line(report.byPractice(), practiceA))).containsExactly(26L, 10L, 11L, 0L, 5L, 10L);
        assertThat(line(report.byPractice(), practiceA).label()).isEqualTo(practiceA + " Practice " + practiceA);
        assertThat(values(line(report.byPractice(), practiceB))).containsExactly(10L, 0L, 0L, 0L, 10L, 0L);
        assertThat(values(line(report.byLocalAuthority(), "DUDLEY"))).containsExactly(10L, 10L, 0L, 0L, 0L, 10L);
        assertThat(line(report.byLocalAuthority(), "DUDLEY").medianDaysToFirstContact()).isEqualTo(5.5);
        GpReferralReport.Line notYetKnown = line(report.byLocalAuthority(), GpReferralReports.NOT_YET_KNOWN_KEY);
        assertThat(notYetKnown.label()).isEqualTo("Not yet known");
        assertThat(values(notYetKnown)).containsExactly(26L, 0L, 11L, 0L, 15L, 0L);
        assertThat(values(line(report.byLocalAuthority(), "WALSALL"))).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);

        GpReferralReport narrowed = report(month, null, provider);
        assertThat(narrowed.received().value()).as("narrowed to a provider: its accepted referrals only")
                .isEqualTo(10);
        assertThat(narrowed.byPractice()).extracting(GpReferralReport.Line::key).containsExactly(practiceA);
        assertThat(report(month.plusMonths(1), null, provider).received().value())
                .as("received in another month").isZero();
    }

    @Test
    void smallCountsAreSuppressedAndSoIsWhatWouldRevealThem() {
        LocalDate month = LocalDate.of(2024, 2, 1);
        LocalDate receivedOn = LocalDate.of(2024, 2, 5);
        String practice = "C" + run;
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String referral = events.received(practice, receivedOn);
            String enrolment = events.accepted(referral, receivedOn, WALSALL, provider, true);
            events.contact(enrolment, ContactType.FACE_TO_FACE, receivedOn.plusDays(2), receivedOn.plusDays(2));
            accepted.add(referral);
        }
        String rejected = null;
        for (int i = 0; i < 3; i++) {
            rejected = events.received(practice, receivedOn);
            events.rejected(rejected, NOT_ELIGIBLE, receivedOn.plusDays(1));
        }
        events.awaitReferral(rejected, status(GpReferralRow.Status.REJECTED));
        events.awaitReferral(accepted.get(8), contactedOn(receivedOn.plusDays(2)));

        GpReferralReport report = report(month, null, null);

        assertThat(report.received().shown()).isEqualTo("12");
        assertThat(report.rejected().shown()).isEqualTo(Figure.SUPPRESSED);
        // 12 received less 9 accepted would give the rejected away, and so would the zeros beside them
        assertThat(report.accepted().shown()).isEqualTo(Figure.CONFIDENTIAL);
        assertThat(report.cancelled().shown()).isEqualTo(Figure.CONFIDENTIAL);
        assertThat(report.awaitingDecision().shown()).isEqualTo(Figure.CONFIDENTIAL);
        assertThat(report.rejectedByReason().rows()).as("a table of fewer than 10 rejections")
                .allSatisfy(row -> assertThat(row.count().shown()).isEqualTo(Figure.CONFIDENTIAL));
        GpReferralReport.Line line = line(report.byPractice(), practice);
        assertThat(line.rejected().shown()).isEqualTo(Figure.SUPPRESSED);
        assertThat(line.accepted().shown()).isEqualTo(Figure.CONFIDENTIAL);
        assertThat(line(report.byLocalAuthority(), GpReferralReports.NOT_YET_KNOWN_KEY).received().shown())
                .isEqualTo(Figure.SUPPRESSED);
        assertThat(line(report.byLocalAuthority(), "WALSALL").received().shown())
                .as("12 less the <5 not yet known would give those few away").isEqualTo(Figure.CONFIDENTIAL);
        assertThat(report.medianDaysToFirstContact()).as("9 contacted: a median").isEqualTo(2.0);
        assertThat(report.ninetiethPercentileDaysToFirstContact()).as("fewer than 10: no 90th percentile").isNull();
        assertThat(report.toString()).doesNotContain("Test", "Person", "1980");
    }

    @Test
    void asAtAPastDayTheReportShowsWhatWasKnownThenAndTheSameEveryTime() {
        LocalDate month = LocalDate.of(2024, 3, 1);
        LocalDate receivedOn = LocalDate.of(2024, 3, 10);
        LocalDate acceptedOn = LocalDate.of(2024, 4, 15);
        String practice = "D" + run;
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            referrals.add(events.received(practice, receivedOn));
        }
        for (int i = 0; i < 5; i++) {
            String enrolment = events.accepted(referrals.get(i), acceptedOn, DUDLEY, provider, true);
            events.contact(enrolment, ContactType.VIDEO, acceptedOn.plusDays(5), acceptedOn.plusDays(5));
        }
        events.awaitReferral(referrals.get(4), contactedOn(acceptedOn.plusDays(5)));

        GpReferralReport endOfMarch = report(month, LocalDate.of(2024, 3, 31), null);
        GpReferralReport endOfApril = report(month, LocalDate.of(2024, 4, 30), null);

        assertThat(values(line(endOfMarch.byPractice(), practice))).containsExactly(10L, 0L, 0L, 0L, 10L, 0L);
        assertThat(endOfMarch.medianDaysToFirstContact()).isNull();
        assertThat(values(line(endOfApril.byPractice(), practice))).containsExactly(10L, 5L, 0L, 0L, 5L, 5L);
        assertThat(endOfApril.medianDaysToFirstContact()).as("10 March to 20 April").isEqualTo(41.0);
        assertThat(report(month, LocalDate.of(2024, 3, 31), null)).isEqualTo(endOfMarch);
        assertThat(report(month, LocalDate.of(2024, 2, 29), null).received().value())
                .as("as at a day before they were received").isZero();
    }

    @Test
    void aCancelledReferralIsNeitherAcceptedNorRejected() {
        LocalDate month = LocalDate.of(2024, 5, 1);
        String practice = "E" + run;
        String last = null;
        for (int i = 0; i < 10; i++) {
            last = events.received(practice, LocalDate.of(2024, 5, 2));
            if (i < 5) {
                events.cancelled(last, LocalDate.of(2024, 5, 3));
            }
        }
        events.awaitReferral(last, status(GpReferralRow.Status.AWAITING_DECISION));

        assertThat(values(line(report(month, null, null).byPractice(), practice)))
                .containsExactly(10L, 0L, 0L, 5L, 5L, 0L);
    }

    @Test
    void aRebuildGivesTheSameVersionsAndTheSameReports() {
        LocalDate month = LocalDate.of(2024, 6, 1);
        String practice = "F" + run;
        String last = null;
        for (int i = 0; i < 15; i++) {
            last = events.received(practice, LocalDate.of(2024, 6, 3));
            if (i % 3 == 0) {
                String enrolment = events.accepted(last, LocalDate.of(2024, 6, 10), WALSALL, provider, i % 2 == 0);
                events.contact(enrolment, ContactType.FACE_TO_FACE, LocalDate.of(2024, 7, 1 + i),
                        LocalDate.of(2024, 7, 20));
            } else if (i % 3 == 1) {
                events.rejected(last, DECLINED, LocalDate.of(2024, 7, 2));
            }
        }
        events.awaitReferral(last, status(GpReferralRow.Status.AWAITING_DECISION));
        GpReferralReport now = report(month, null, null);
        GpReferralReport asAtJune = report(month, LocalDate.of(2024, 6, 30), null);
        List<org.bson.Document> versions = versions();

        rebuilds.start(GpReferralFiguresProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(120)).until(() ->
                rebuilds.status(GpReferralFiguresProjection.PROCESSING_GROUP).state() == ProjectionRebuilds.State.IDLE);

        assertThat(versions()).isEqualTo(versions);
        assertThat(report(month, null, null)).isEqualTo(now);
        assertThat(report(month, LocalDate.of(2024, 6, 30), null)).isEqualTo(asAtJune);
        assertThat(values(line(now.byPractice(), practice))).containsExactly(15L, 5L, 5L, 0L, 5L, 5L);
    }

    private List<org.bson.Document> versions() {
        return mongo.findAll(org.bson.Document.class, collections.live(GpReferralFiguresProjection.PROCESSING_GROUP,
                        GpReferralFiguresProjection.REFERRAL_VERSIONS)).stream()
                .sorted(java.util.Comparator.comparing(document -> document.getString("_id"))).toList();
    }
}
