package uk.wmpathways.reporting.outcomes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.WOLVERHAMPTON;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.HOUSING_FIRST_PILOT;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.CONTROL;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

/** Rebuilding the outcome read model from the events gives the same versions, and so the same reports. */
@SpringBootTest
class OutcomesRebuildTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 8);

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

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String organisation = "ORG-" + run;

    @Test
    void reportsAreIdenticalAfterARebuild() {
        OutcomeEvents events = new OutcomeEvents(eventStore, mongo, collections, queries);
        List<History> histories = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String person = run + "-p" + i;
            LocalDate day = START.plusDays(i * 7L);
            events.register(person, LocalDate.of(1960 + i * 4, 3, 1), new EqualityDetails(
                    EthnicGroup.values()[i % 3], Sex.values()[i % 2], i % 4 == 0 ? Disability.YES : null), day);
            History work = History.inTrial(person, organisation, WOLVERHAMPTON, i % 3 == 0 ? CONTROL : TREATMENT, day)
                    .employerContact(true, day.plusDays(5 + i))
                    .jobStarted("j" + i, day.plusDays(40), 10 + i);
            work.jobChecked("j" + i, 13, day.plusDays(40).plusWeeks(13));
            if (i % 4 == 1) {
                work.jobEnded("j" + i, day.plusDays(40).plusWeeks(20));
            }
            if (i % 5 == 2) {
                work.recordedOn(day.plusDays(60)).jobStartCorrected("j" + i, day.plusDays(45), 3);
            }
            History home = History.housingFirst(person, organisation, BIRMINGHAM, day, null)
                    .accepted(day.plusDays(3))
                    .tenancyStarted("t" + i, day.plusDays(30 + i));
            if (i % 3 == 1) {
                home.tenancyEnded("t" + i, day.plusDays(30 + i).plusMonths(7 + i));
            }
            History street = History.roughSleeping(person, organisation, BIRMINGHAM, day)
                    .placed(day.plusDays(1))
                    .movedOn(MoveOnKind.SETTLED_ACCOMMODATION, true, day.plusDays(20));
            if (i % 2 == 0) {
                street.returned(day.plusDays(20 + 30 * i));
            }
            histories.addAll(List.of(work, home, street));
        }
        String aggregate = "funding-" + run;
        eventStore.publish(new GenericDomainEventMessage<>("FundingStream", aggregate, 0, new FundingDrawnDown(
                HOUSING_FIRST_PILOT, "d-" + run, new BigDecimal("50000"), LocalDate.of(2002, 5, 1), "INV-9", null,
                "admin", History.noonOf(LocalDate.of(2002, 5, 1)))));
        eventStore.publish(new GenericDomainEventMessage<>("FundingStream", aggregate, 1, new FundingDrawdownCorrected(
                HOUSING_FIRST_PILOT, "d-" + run, new BigDecimal("45000"), "Duplicate line", "admin",
                History.noonOf(LocalDate.of(2002, 7, 1)))));
        events.publish(histories);

        // Whole months, as at a month's end: the only criteria the query handlers accept.
        ReportCriteria year = new ReportCriteria(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null,
                organisation, null);
        ReportCriteria asAtSpring = new ReportCriteria(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 3, 31), null, organisation, null);
        List<Object> built = reports(events, year, asAtSpring);
        assertThat(((ThriveIntoWorkReport) built.get(0)).supported().value()).isEqualTo(12);
        assertThat(((HousingFirstReport) built.get(1)).accommodated().value()).isEqualTo(12);
        assertThat(((RoughSleepingReport) built.get(2)).movedOn().value()).isEqualTo(12);
        List<Document> versionsBuilt = versions();

        rebuilds.start(OutcomesProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                rebuilds.status(OutcomesProjection.PROCESSING_GROUP).state() == ProjectionRebuilds.State.IDLE);

        assertThat(versions()).isEqualTo(versionsBuilt);
        assertThat(reports(events, year, asAtSpring)).isEqualTo(built);
    }

    private List<Object> reports(OutcomeEvents events, ReportCriteria... criteria) {
        List<Object> reports = new ArrayList<>();
        for (ReportCriteria one : criteria) {
            reports.add(events.ask(new ReportQueries.ThriveIntoWorkOutcomes(one), ThriveIntoWorkReport.class));
            reports.add(events.ask(new ReportQueries.HousingFirstOutcomes(one), HousingFirstReport.class));
            reports.add(events.ask(new ReportQueries.RoughSleepingOutcomes(one), RoughSleepingReport.class));
            reports.add(events.ask(new ReportQueries.FundingOutcomes(one), FundingReport.class));
            for (Pathway pathway : Pathway.values()) {
                reports.add(events.ask(new ReportQueries.EqualityOutcomes(one, pathway), EqualityReport.class));
            }
        }
        return reports;
    }

    /** Every document of every part of the outcome read model, in id order. */
    private List<Document> versions() {
        List<Document> all = new ArrayList<>();
        for (String part : List.of(OutcomesProjection.ENROLMENT_VERSIONS, OutcomesProjection.DRAWDOWN_VERSIONS,
                OutcomesProjection.PARTICIPANTS, RoughSleepingContacts.PART)) {
            List<Document> documents = mongo.getCollection(collections.live(OutcomesProjection.PROCESSING_GROUP, part))
                    .find().into(new ArrayList<>());
            documents.sort(Comparator.comparing(document -> document.getString("_id")));
            all.addAll(documents);
        }
        return all;
    }
}
