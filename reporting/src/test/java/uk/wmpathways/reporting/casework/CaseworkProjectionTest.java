package uk.wmpathways.reporting.casework;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.DueItem.Kind;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolmentHistory;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.casework.Journeys.Enrolment;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class CaseworkProjectionTest {

    private static final LocalDate FAR_AHEAD = LocalDate.of(2100, 1, 1);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CaseworkProjection projection;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String worker = "worker-" + run;
    private final String organisation = "ORG-" + run;
    private Journeys journeys;

    @BeforeEach
    void setUp() {
        journeys = new Journeys(eventStore);
    }

    private ParticipantRegistered person() {
        return journeys.register("Alex", "Morgan" + run);
    }

    private EnrolmentSummary find(String enrolmentId) {
        return queries.query(new FindEnrolment(enrolmentId), ResponseTypes.instanceOf(EnrolmentSummary.class)).join();
    }

    private void awaitApplied(Enrolment enrolment) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            EnrolmentSummary summary = find(enrolment.id);
            return summary != null && summary.version() == enrolment.version();
        });
    }

    private List<DueEntry> due(String worker, String organisation, LocalDate dueBy) {
        return queries.query(new FindDueItems(worker, organisation, dueBy),
                ResponseTypes.multipleInstancesOf(DueEntry.class)).join();
    }

    /** What is due on one enrolment, as (kind, due date) pairs, soonest first. */
    private List<Object> dueOn(Enrolment enrolment) {
        awaitApplied(enrolment);
        return due(worker, null, FAR_AHEAD).stream()
                .filter(entry -> entry.enrolmentId().equals(enrolment.id))
                .map(entry -> (Object) tuple(entry.item().kind(), entry.item().dueOn()))
                .toList();
    }

    private List<TimelineEntry> timeline(String participantId) {
        return queries.query(new FindParticipantTimeline(participantId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
    }

    private List<TimelineEntry> history(String enrolmentId) {
        return queries.query(new FindEnrolmentHistory(enrolmentId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
    }

    private Caseload caseload(Pathway pathway, Stage stage) {
        return queries.query(new FindCaseload(worker, pathway, stage), ResponseTypes.instanceOf(Caseload.class)).join();
    }

    @Test
    void findsAnEnrolmentWithItsStateTheParticipantsNameAndItsVersion() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        String tenancyId = enrolment.tenancyStarted(LocalDate.of(2025, 2, 1));
        awaitApplied(enrolment);

        EnrolmentSummary summary = find(enrolment.id);

        assertThat(summary.participantId()).isEqualTo(person.participantId());
        assertThat(summary.participantName()).isEqualTo("Alex Morgan" + run);
        assertThat(summary.pathway()).isEqualTo(Pathway.HOUSING_FIRST);
        assertThat(summary.stage()).isEqualTo(Stage.HOUSED);
        assertThat(summary.assignedWorker()).isEqualTo(worker);
        assertThat(summary.providerOrganisation()).isEqualTo(organisation);
        assertThat(summary.startedOn()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(summary.version()).isEqualTo(2);
        assertThat(summary.currentTenancy().tenancyId()).isEqualTo(tenancyId);
        assertThat(summary.currentTenancy().outstandingCheckMonths()).containsExactly(6, 12, 24);
        assertThat(summary.allowedSteps()).contains(Step.RECORD_TENANCY_SUSTAINMENT_CHECK, Step.END_TENANCY)
                .doesNotContain(Step.START_TENANCY);
    }

    @Test
    void answersNullForAnUnknownEnrolment() {
        assertThat(find("no-such-enrolment")).isNull();
    }

    @Test
    void listsAParticipantsEnrolmentsNewestStartFirst() {
        ParticipantRegistered person = person();
        Enrolment oldest = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2024, 3, 1));
        Enrolment newest = journeys.thriveIntoWork(person.participantId(), worker, organisation, LocalDate.of(2025, 4, 1));
        Enrolment middle = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2024, 9, 1));
        awaitApplied(oldest);
        awaitApplied(newest);
        awaitApplied(middle);

        List<EnrolmentSummary> enrolments = queries.query(new FindParticipantEnrolments(person.participantId()),
                ResponseTypes.multipleInstancesOf(EnrolmentSummary.class)).join();

        assertThat(enrolments).extracting(EnrolmentSummary::enrolmentId).containsExactly(newest.id, middle.id, oldest.id);
        assertThat(enrolments).extracting(EnrolmentSummary::participantName).containsOnly("Alex Morgan" + run);
    }

    @Test
    void anEnrolmentsHistoryIsInPlainWordsNewestFirstAsTheTimeline() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.thriveIntoWork(person.participantId(), worker, organisation, LocalDate.of(2025, 3, 3))
                .consented(LocalDate.of(2025, 3, 10))
                .allocated(TrialArm.TREATMENT, LocalDate.of(2025, 3, 11))
                .employerContact(true, LocalDate.of(2025, 3, 20));
        enrolment.jobStarted(LocalDate.of(2025, 5, 5));
        awaitApplied(enrolment);

        List<TimelineEntry> history = history(enrolment.id);

        assertThat(history).extracting(TimelineEntry::text).containsExactly(
                "Job started: Cleaner at Acme Ltd, 16 hours a week, £11.44 an hour (Cleaning and facilities)",
                "Employer contact: Acme Ltd (face to face)",
                "Trial arm allocated: Treatment (IPS)",
                "Eligibility and consent recorded: eligible, consent given",
                "Referred to Thrive into Work by GP");
        assertThat(history).extracting(TimelineEntry::occurredOn).containsExactly(LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 3));
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.enrolmentId()).isEqualTo(enrolment.id);
            assertThat(entry.participantId()).isEqualTo(person.participantId());
            assertThat(entry.pathway()).isEqualTo(Pathway.THRIVE_INTO_WORK);
            assertThat(entry.recordedAt()).isEqualTo(Journeys.RECORDED_AT);
        });
        assertThat(history.get(4).recordedBy()).isEqualTo("gp");
        assertThat(history.get(0).entryId()).as("the event's identifier").isEqualTo(enrolment.last.getIdentifier());
    }

    @Test
    void aParticipantsTimelineCoversEveryEnrolmentAndTheRegistrationNewestFirst() {
        ParticipantRegistered person = person();
        Enrolment housing = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        Enrolment street = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        housing.accepted(LocalDate.of(2025, 1, 10));
        awaitApplied(housing);
        awaitApplied(street);

        List<TimelineEntry> timeline = timeline(person.participantId());

        assertThat(timeline).extracting(TimelineEntry::occurredOn, TimelineEntry::text).containsExactly(
                tuple(LocalDate.of(2025, 1, 10), "Eligibility assessed: accepted"),
                tuple(LocalDate.of(2025, 1, 6), "Contact made by outreach at Moor Street (verified rough sleeper)"),
                tuple(LocalDate.of(2025, 1, 6), "Referred to Housing First by Hostel"),
                tuple(LocalDate.of(2025, 1, 2), "Registered"));
        assertThat(timeline.get(3).enrolmentId()).isNull();
        assertThat(timeline.get(3).recordedBy()).isEqualTo("caseworker");
    }

    @Test
    void aCaseloadHoldsTheWorkersActiveEnrolmentsSoonestDueFirstWithCountsByStage() {
        ParticipantRegistered person = person();
        Enrolment housed = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        housed.tenancyStarted(LocalDate.of(2025, 2, 1));
        housed.contact(ContactType.PHONE, LocalDate.of(2025, 5, 1));
        Enrolment referred = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 3, 1));
        Enrolment closed = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 1))
                .closed(LocalDate.of(2025, 1, 2));
        Enrolment street = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 2, 1));
        Enrolment someoneElses = journeys.housingFirst(person.participantId(), "other-" + run, organisation,
                LocalDate.of(2025, 1, 1));
        List.of(housed, referred, closed, street, someoneElses).forEach(this::awaitApplied);

        Caseload all = caseload(null, null);
        Caseload housingFirst = caseload(Pathway.HOUSING_FIRST, null);
        Caseload housedOnly = caseload(Pathway.HOUSING_FIRST, Stage.HOUSED);

        // next due: street 2025-03-01 (no contact), referred 2025-03-29 (no contact), housed 2025-05-29 (no contact)
        assertThat(all.enrolments()).extracting(EnrolmentSummary::enrolmentId)
                .containsExactly(street.id, referred.id, housed.id);
        assertThat(all.countsByStage()).isEqualTo(Map.of(Stage.HOUSED, 1L, Stage.REFERRED, 1L, Stage.CONTACTED, 1L));
        assertThat(housingFirst.enrolments()).extracting(EnrolmentSummary::enrolmentId).containsExactly(referred.id, housed.id);
        assertThat(housedOnly.enrolments()).extracting(EnrolmentSummary::enrolmentId).containsExactly(housed.id);
        assertThat(housedOnly.countsByStage()).as("counts take the pathway filter only")
                .isEqualTo(Map.of(Stage.HOUSED, 1L, Stage.REFERRED, 1L));
    }

    @Test
    void aCaseloadIsSearchedByWordsOfTheNameInAnyCaseAndItsCountsFollowTheSearch() {
        ParticipantRegistered alex = person();
        ParticipantRegistered sam = journeys.register("Sam", "Quint" + run);
        Enrolment alexHoused = journeys.housingFirst(alex.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        alexHoused.tenancyStarted(LocalDate.of(2025, 2, 1));
        Enrolment alexStreet = journeys.roughSleeping(alex.participantId(), worker, organisation, LocalDate.of(2025, 2, 1));
        Enrolment samReferred = journeys.housingFirst(sam.participantId(), worker, organisation, LocalDate.of(2025, 3, 1));
        List.of(alexHoused, alexStreet, samReferred).forEach(this::awaitApplied);

        Caseload alexs = named("morgan" + run);
        assertThat(alexs.enrolments()).extracting(EnrolmentSummary::enrolmentId)
                .containsExactlyInAnyOrder(alexHoused.id, alexStreet.id);
        assertThat(alexs.countsByStage()).as("the counts follow the search")
                .isEqualTo(Map.of(Stage.HOUSED, 1L, Stage.CONTACTED, 1L));
        assertThat(named("  QUINT" + run + "  sam ").enrolments()).as("every word, in any case, in any order")
                .extracting(EnrolmentSummary::enrolmentId).containsExactly(samReferred.id);
        assertThat(named("alex quint" + run).enrolments()).as("each word must be in the name").isEmpty();
        assertThat(queries.query(new FindCaseload(worker, Pathway.HOUSING_FIRST, null, "morgan" + run),
                ResponseTypes.instanceOf(Caseload.class)).join().enrolments())
                .extracting(EnrolmentSummary::enrolmentId).containsExactly(alexHoused.id);
        assertThat(named("").enrolments()).as("nothing typed: the whole caseload").hasSize(3);
    }

    @Test
    void whatIsTypedInTheNameSearchIsPlainTextNeverAPattern() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 2, 1));
        awaitApplied(enrolment);

        assertThat(named(".*").enrolments()).as("'.*' finds names containing '.*', not everyone").isEmpty();
        assertThat(named("M.rgan").enrolments()).isEmpty();
        assertThat(named("Morgan(").enrolments()).as("an unbalanced bracket is a character, not an error").isEmpty();
        assertThat(named("[a-z]").enrolments()).isEmpty();
        assertThat(named("organ" + run).enrolments()).extracting(EnrolmentSummary::enrolmentId)
                .containsExactly(enrolment.id);
    }

    private Caseload named(String nameContains) {
        return queries.query(new FindCaseload(worker, null, null, nameContains), ResponseTypes.instanceOf(Caseload.class))
                .join();
    }

    @Test
    void dueItemsAreListedForAWorkerOrAnOrganisationUpToADateSoonestFirst() {
        ParticipantRegistered person = person();
        Enrolment mine = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        mine.tenancyStarted(LocalDate.of(2025, 2, 1));
        Enrolment colleagues = journeys.roughSleeping(person.participantId(), "colleague-" + run, organisation,
                LocalDate.of(2025, 1, 20));
        Enrolment elsewhere = journeys.roughSleeping(person.participantId(), worker, "OTHER-" + run,
                LocalDate.of(2025, 1, 1));
        List.of(mine, colleagues, elsewhere).forEach(this::awaitApplied);

        List<DueEntry> workersByAugust = due(worker, null, LocalDate.of(2025, 8, 1));
        List<DueEntry> organisations = due(null, organisation, LocalDate.of(2025, 8, 1));

        assertThat(workersByAugust).extracting(DueEntry::enrolmentId, entry -> entry.item().kind(), entry -> entry.item().dueOn())
                .containsExactly(
                        tuple(elsewhere.id, Kind.NO_CONTACT, LocalDate.of(2025, 1, 29)),
                        tuple(mine.id, Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)),
                        tuple(mine.id, Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2025, 8, 1)));
        assertThat(organisations).extracting(DueEntry::enrolmentId, entry -> entry.item().kind(), entry -> entry.item().dueOn())
                .containsExactly(
                        tuple(mine.id, Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)),
                        tuple(colleagues.id, Kind.NO_CONTACT, LocalDate.of(2025, 2, 17)),
                        tuple(mine.id, Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2025, 8, 1)));
        DueEntry check = workersByAugust.get(2);
        assertThat(check.participantName()).isEqualTo("Alex Morgan" + run);
        assertThat(check.pathway()).isEqualTo(Pathway.HOUSING_FIRST);
        assertThat(check.providerOrganisation()).isEqualTo(organisation);
        assertThat(check.item().step()).isEqualTo(Step.RECORD_TENANCY_SUSTAINMENT_CHECK);
        assertThat(check.item().description()).isEqualTo("6-month tenancy sustainment check");
        assertThat(due(null, null, FAR_AHEAD)).as("neither a worker nor an organisation").isEmpty();
    }

    @Test
    void tenancySustainmentChecksFallDueSixTwelveAndTwentyFourMonthsAfterTheTenancyStartsAndGoWhenRecorded() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        assertThat(dueOn(enrolment)).containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)));

        String tenancyId = enrolment.tenancyStarted(LocalDate.of(2025, 2, 1));
        assertThat(dueOn(enrolment)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2025, 8, 1)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2026, 2, 1)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2027, 2, 1)));

        enrolment.tenancyChecked(tenancyId, 6, LocalDate.of(2025, 8, 4));
        assertThat(dueOn(enrolment)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2026, 2, 1)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2027, 2, 1)));
    }

    @Test
    void theFirstEmployerContactFallsDueThirtyDaysAfterTheAllocationInTheTreatmentArmOnly() {
        ParticipantRegistered person = person();
        Enrolment treatment = journeys.thriveIntoWork(person.participantId(), worker, organisation, LocalDate.of(2025, 3, 3))
                .consented(LocalDate.of(2025, 3, 10));
        Enrolment control = journeys.thriveIntoWork(person.participantId(), worker, organisation, LocalDate.of(2025, 3, 3))
                .consented(LocalDate.of(2025, 3, 10))
                .allocated(TrialArm.CONTROL, LocalDate.of(2025, 3, 11));
        assertThat(dueOn(treatment)).as("no arm allocated yet").containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)));

        treatment.allocated(TrialArm.TREATMENT, LocalDate.of(2025, 3, 11));
        assertThat(dueOn(treatment)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)),
                tuple(Kind.FIRST_EMPLOYER_CONTACT, LocalDate.of(2025, 4, 10)));
        assertThat(dueOn(control)).containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)));

        treatment.employerContact(false, LocalDate.of(2025, 3, 20));
        assertThat(dueOn(treatment)).as("a contact that was not face to face does not count")
                .contains(tuple(Kind.FIRST_EMPLOYER_CONTACT, LocalDate.of(2025, 4, 10)));
        treatment.employerContact(true, LocalDate.of(2025, 4, 15));
        assertThat(dueOn(treatment)).containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)));
    }

    @Test
    void outsideTheTrialTheFirstEmployerContactFallsDueThirtyDaysAfterConsent() {
        Enrolment expansion = journeys.thriveIntoWork(person().participantId(), worker, organisation,
                        LocalDate.of(2025, 3, 3), FundingStream.THRIVE_INTO_WORK_EXPANSION)
                .consented(LocalDate.of(2025, 3, 10));
        assertThat(dueOn(expansion)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)),
                tuple(Kind.FIRST_EMPLOYER_CONTACT, LocalDate.of(2025, 4, 9)));
    }

    @Test
    void jobSustainmentChecksFallDueThirteenAndTwentySixWeeksAfterAJobStartsAndGoWhenRecorded() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.thriveIntoWork(person.participantId(), worker, organisation, LocalDate.of(2025, 3, 3))
                .consented(LocalDate.of(2025, 3, 10))
                .allocated(TrialArm.CONTROL, LocalDate.of(2025, 3, 11));
        String jobId = enrolment.jobStarted(LocalDate.of(2025, 5, 5));
        assertThat(dueOn(enrolment)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)),
                tuple(Kind.JOB_SUSTAINMENT_CHECK, LocalDate.of(2025, 8, 4)),
                tuple(Kind.JOB_SUSTAINMENT_CHECK, LocalDate.of(2025, 11, 3)));

        enrolment.jobChecked(jobId, 13, LocalDate.of(2025, 8, 5));
        assertThat(dueOn(enrolment)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 3, 31)),
                tuple(Kind.JOB_SUSTAINMENT_CHECK, LocalDate.of(2025, 11, 3)));
    }

    @Test
    void noContactFallsDueTwentyEightDaysAfterTheLastContactThatReachedThePerson() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        assertThat(dueOn(enrolment)).containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)));

        enrolment.contact(ContactType.PHONE, LocalDate.of(2025, 1, 20));
        assertThat(dueOn(enrolment)).containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 17)));

        enrolment.contact(ContactType.ATTEMPTED, LocalDate.of(2025, 2, 10));
        assertThat(dueOn(enrolment)).as("an attempted contact does not count")
                .containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 17)));
    }

    @Test
    void aClosedEnrolmentHasNothingDueAndARe_openedOneHasItsItemsBack() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        enrolment.tenancyStarted(LocalDate.of(2025, 2, 1));
        assertThat(dueOn(enrolment)).hasSize(4);

        enrolment.closed(LocalDate.of(2025, 3, 1));
        assertThat(dueOn(enrolment)).isEmpty();
        assertThat(caseload(null, null).enrolments()).isEmpty();
        assertThat(find(enrolment.id).isActive()).isFalse();

        enrolment.reopened(LocalDate.of(2025, 3, 10));
        assertThat(dueOn(enrolment)).containsExactly(
                tuple(Kind.NO_CONTACT, LocalDate.of(2025, 4, 7)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2025, 8, 1)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2026, 2, 1)),
                tuple(Kind.TENANCY_SUSTAINMENT_CHECK, LocalDate.of(2027, 2, 1)));
        assertThat(caseload(null, null).enrolments()).extracting(EnrolmentSummary::stage).containsExactly(Stage.HOUSED);
        assertThat(history(enrolment.id)).extracting(TimelineEntry::text).startsWith(
                "Re-opened: Back in touch", "Closed: Disengaged (destination: Not known)");
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        GenericDomainEventMessage<EnrolmentEvent> contact = enrolment.record(new ContactLogged(enrolment.id, "c-" + run, ContactType.PHONE, 20, "Talked", LocalDate.of(2025, 1, 20), null,
                "caseworker", Journeys.RECORDED_AT));
        enrolment.contact(ContactType.ATTEMPTED, LocalDate.of(2025, 1, 25));
        awaitApplied(enrolment);
        List<Document> before = documentsOf(enrolment);

        // The phone contact arrives again, as after a crash before the processor stored its token.
        long position = mongo.getCollection(collections.live("casework", "timeline"))
                .find(new Document("_id", contact.getIdentifier())).first().getLong("globalPosition");
        projection.on(contact.getPayload(), contact.getSequenceNumber(), contact.getIdentifier(),
                GapAwareTrackingToken.newInstance(position, Set.of()));

        assertThat(documentsOf(enrolment)).isEqualTo(before);
        assertThat(history(enrolment.id)).hasSize(3);
    }

    @Test
    void anEventDeliveredAgainAfterACrashBeforeTheEnrolmentWasSavedCompletesTheEnrolment() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        awaitApplied(enrolment);
        String enrolments = collections.live("casework", "enrolments");
        Document beforeContact = mongo.getCollection(enrolments).find(new Document("_id", enrolment.id)).first();
        GenericDomainEventMessage<EnrolmentEvent> contact = enrolment.record(new ContactLogged(enrolment.id, "c-" + run,
                ContactType.PHONE, 20, "Talked", LocalDate.of(2025, 1, 20), null, "caseworker", Journeys.RECORDED_AT));
        awaitApplied(enrolment);
        List<Document> applied = documentsOf(enrolment);

        // As if the process died after writing the due items and the timeline entry, before the enrolment.
        mongo.getCollection(enrolments).replaceOne(new Document("_id", enrolment.id), beforeContact);
        long position = mongo.getCollection(collections.live("casework", "timeline"))
                .find(new Document("_id", contact.getIdentifier())).first().getLong("globalPosition");
        projection.on(contact.getPayload(), contact.getSequenceNumber(), contact.getIdentifier(),
                GapAwareTrackingToken.newInstance(position, Set.of()));

        assertThat(documentsOf(enrolment)).isEqualTo(applied);
    }

    @Test
    void watchersOfAnEnrolmentOrAParticipantsEnrolmentsAreToldOfTheirChangesOnly() {
        ParticipantRegistered person = person();
        Enrolment watched = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        Enrolment other = journeys.roughSleeping(person().participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        awaitApplied(watched);
        awaitApplied(other);
        List<EnrolmentSummary> enrolmentUpdates = new CopyOnWriteArrayList<>();
        List<EnrolmentSummary> participantUpdates = new CopyOnWriteArrayList<>();
        var enrolmentQuery = queries.subscriptionQuery(new FindEnrolment(watched.id),
                ResponseTypes.instanceOf(EnrolmentSummary.class), ResponseTypes.instanceOf(EnrolmentSummary.class));
        var participantQuery = queries.subscriptionQuery(new FindParticipantEnrolments(person.participantId()),
                ResponseTypes.multipleInstancesOf(EnrolmentSummary.class), ResponseTypes.instanceOf(EnrolmentSummary.class));
        try {
            enrolmentQuery.updates().subscribe(enrolmentUpdates::add);
            participantQuery.updates().subscribe(participantUpdates::add);

            other.contact(ContactType.PHONE, LocalDate.of(2025, 1, 19));
            watched.contact(ContactType.PHONE, LocalDate.of(2025, 1, 20));
            awaitApplied(other);
            await().atMost(Duration.ofSeconds(10)).until(() -> enrolmentUpdates.size() == 1 && participantUpdates.size() == 1);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);

            assertThat(enrolmentUpdates).extracting(EnrolmentSummary::enrolmentId, EnrolmentSummary::lastContactOn)
                    .containsExactly(tuple(watched.id, LocalDate.of(2025, 1, 20)));
            assertThat(participantUpdates).extracting(EnrolmentSummary::enrolmentId).containsExactly(watched.id);
        } finally {
            enrolmentQuery.cancel();
            participantQuery.cancel();
        }
    }

    private List<Document> documentsOf(Enrolment enrolment) {
        List<Document> documents = new ArrayList<>();
        documents.add(mongo.getCollection(collections.live("casework", "enrolments"))
                .find(new Document("_id", enrolment.id)).first());
        mongo.getCollection(collections.live("casework", "due_items")).find(new Document("enrolmentId", enrolment.id))
                .into(documents);
        mongo.getCollection(collections.live("casework", "timeline")).find(new Document("enrolmentId", enrolment.id))
                .into(documents);
        return documents;
    }

    @Test
    void dueItemsAreDataThatOutlastAStoppedProcessor() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.roughSleeping(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6));
        assertThat(dueOn(enrolment)).containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 3)));
        StreamingEventProcessor processor = processing.eventProcessor("casework", StreamingEventProcessor.class)
                .orElseThrow();

        processor.shutDown();
        try {
            enrolment.contact(ContactType.FACE_TO_FACE, LocalDate.of(2025, 1, 20));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(due(worker, null, FAR_AHEAD)).extracting(entry -> entry.item().dueOn())
                    .as("still answered, from the read model, while nothing is processed")
                    .containsExactly(LocalDate.of(2025, 2, 3));
        } finally {
            processor.start();
        }

        assertThat(dueOn(enrolment)).as("the processor carries on where it stopped")
                .containsExactly(tuple(Kind.NO_CONTACT, LocalDate.of(2025, 2, 17)));
    }

    @Test
    void theTimelineSaysWhatEachStepWasInPlainWords() {
        ParticipantRegistered person = person();
        Enrolment enrolment = journeys.housingFirst(person.participantId(), worker, organisation, LocalDate.of(2025, 1, 6))
                .accepted(LocalDate.of(2025, 1, 10));
        String tenancyId = enrolment.tenancyStarted(LocalDate.of(2025, 2, 1));
        enrolment.tenancyChecked(tenancyId, 6, LocalDate.of(2025, 8, 4));
        enrolment.contact(ContactType.PHONE, LocalDate.of(2025, 8, 5));
        awaitApplied(enrolment);

        assertThat(history(enrolment.id)).extracting(TimelineEntry::text).containsExactly(
                "Phone contact, 20 minutes: Talked about rent",
                "6-month tenancy sustainment check recorded: tenancy still running",
                "Tenancy started at 4 Elm Road (Social landlord)",
                "Eligibility assessed: accepted",
                "Referred to Housing First by Hostel");
    }
}
