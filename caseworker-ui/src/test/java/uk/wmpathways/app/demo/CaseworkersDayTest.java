package uk.wmpathways.app.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.DueItem;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo caseworkers' day, sent through the real command path as those caseworkers (without the years of
 * history: that is DemoDataReportsTest's), is what they see when they sign in: a caseload in every pathway, and
 * a Due list with this week's work and something overdue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pathways.embedded-mongo.durability=periodic")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkersDayTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    QueryBus queries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeAll
    void loadOnlyTheCaseworkersDay() throws InterruptedException {
        today = LocalDate.now(clock);
        assertThat(loader.loadCaseworkersDay()).isEqualTo(13);
        ReadModelsCatchUp catchUp = new ReadModelsCatchUp(processing, eventStore);
        assertThat(catchUp.await(catchUp.head(), Duration.ofMinutes(2), position -> { })).isTrue();
    }

    private <R> R ask(String worker, Object query, org.axonframework.messaging.responsetypes.ResponseType<R> type) {
        return queries.query(new GenericQueryMessage<>(query, type)
                .andMetaData(CaseworkersDayStories.caseworker(worker).toMetaData())).join().getPayload();
    }

    private Caseload caseloadOf(String worker) {
        return ask(worker, new FindCaseload(worker, null, null), ResponseTypes.instanceOf(Caseload.class));
    }

    private List<DueEntry> dueThisWeekFor(String worker) {
        return ask(worker, new FindDueItems(worker, null, today.plusDays(7)),
                ResponseTypes.multipleInstancesOf(DueEntry.class));
    }

    @Test
    void theCaseworkerHasOpenCasesInEveryPathwayWithARecentContact() {
        List<EnrolmentSummary> caseload = caseloadOf(CaseworkersDayStories.CASEWORKER).enrolments();
        assertThat(caseload).hasSize(8);
        assertThat(caseload).extracting(EnrolmentSummary::pathway).containsOnly(Pathway.values())
                .contains(Pathway.values());
        assertThat(caseloadOf(CaseworkersDayStories.CASEWORKER_2).enrolments()).hasSize(5);
    }

    @Test
    void theCaseworkersDueListHasThisWeeksWorkAndSomethingOverdue() {
        List<DueEntry> due = dueThisWeekFor(CaseworkersDayStories.CASEWORKER);
        assertThat(due).extracting(entry -> entry.item().kind())
                .contains(DueItem.Kind.NO_CONTACT, DueItem.Kind.TENANCY_SUSTAINMENT_CHECK,
                        DueItem.Kind.FIRST_EMPLOYER_CONTACT);
        assertThat(due).as("overdue").filteredOn(entry -> entry.item().dueOn().isBefore(today))
                .extracting(entry -> entry.item().kind())
                .containsExactlyInAnyOrder(DueItem.Kind.NO_CONTACT, DueItem.Kind.TENANCY_SUSTAINMENT_CHECK);
        assertThat(due).as("this week").filteredOn(entry -> !entry.item().dueOn().isBefore(today)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(due).allSatisfy(entry -> assertThat(entry.assignedWorker()).isEqualTo("caseworker"));

        List<DueEntry> secondWorker = dueThisWeekFor(CaseworkersDayStories.CASEWORKER_2);
        assertThat(secondWorker).filteredOn(entry -> entry.item().dueOn().isBefore(today)).isNotEmpty();
        assertThat(secondWorker).filteredOn(entry -> !entry.item().dueOn().isBefore(today)).isNotEmpty();
    }

    @Test
    void everyStepIsRecordedByTheCaseworkerWhoHoldsTheCase() {
        RecordingCommandPath commands = new RecordingCommandPath();
        new CaseworkersDayStories(DemoDataSet.SEED, 0, today).stories().forEach(story -> story.tell(commands));
        assertThat(commands.sentAs).allSatisfy(sent -> {
            assertThat(sent.caller().organisation()).isEqualTo("DEMO-SUPPORT");
            assertThat(sent.caller().system()).isFalse();
            assertThat(recordedBy(sent.command())).isEqualTo(sent.caller().username());
        });
        assertThat(commands.sentAs).extracting(sent -> sent.caller().username())
                .containsOnly(CaseworkersDayStories.CASEWORKER, CaseworkersDayStories.CASEWORKER_2);
    }

    private static Object recordedBy(Object command) {
        try {
            String who = command instanceof uk.wmpathways.caseservice.api.RegisterParticipant ? "registeredBy"
                    : "recordedBy";
            return command.getClass().getMethod(who).invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
