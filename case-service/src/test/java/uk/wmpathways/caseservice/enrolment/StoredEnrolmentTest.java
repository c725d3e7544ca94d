package uk.wmpathways.caseservice.enrolment;

import org.axonframework.common.caching.Cache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Enrolments in the running write side: real caseworker accounts, the random draw, snapshots of long histories. */
// With a web server like the HTTP tests (ApiTestSupport), so that the module starts one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredEnrolmentTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier("enrolmentCache")
    Cache enrolmentCache;

    @Autowired
    Clock clock;

    private LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    private String registeredParticipant() {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterParticipant(participantId, "Stored", "Enrolment", LocalDate.of(1979, 3, 3),
                null, LocalAuthority.SANDWELL, null, null, "caseworker"));
        return participantId;
    }

    private String referToHousingFirst(String enrolmentId, String participantId, String requestId) {
        return commands.<StepResult>sendAndWait(new ReferToHousingFirst(enrolmentId, participantId, "DEMO-SUPPORT",
                LocalAuthority.SANDWELL, FundingStream.HOUSING_FIRST_PILOT, "caseworker",
                HousingFirstReferralSource.HOSTEL, today.minusDays(30), requestId, "caseworker")).enrolmentId();
    }

    private List<? extends DomainEventMessage<?>> history(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }

    @Test
    void anEnrolmentStartsForARegisteredParticipantAndTakesItsCaseworkersFromTheAccounts() {
        String enrolmentId = UUID.randomUUID().toString();
        assertThat(referToHousingFirst(enrolmentId, registeredParticipant(), "start-" + enrolmentId)).isEqualTo(enrolmentId);

        commands.sendAndWait(new AssignWorker(enrolmentId, "caseworker2", today, null, null, "caseworker"));
        WorkerAssigned assigned = (WorkerAssigned) history(enrolmentId).get(1).getPayload();
        assertThat(assigned.worker()).isEqualTo("caseworker2");
        assertThat(assigned.previousWorker()).isEqualTo("caseworker");
        assertThatThrownBy(() -> commands.sendAndWait(new AssignWorker(enrolmentId, "outreach", today, null, null,
                "caseworker"))).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void anEnrolmentDoesNotStartForAnUnknownParticipantNorForAnotherKindOfRecord() {
        assertThatThrownBy(() -> referToHousingFirst(UUID.randomUUID().toString(), UUID.randomUUID().toString(), null))
                .isInstanceOf(AggregateNotFoundException.class);

        String enrolmentId = UUID.randomUUID().toString();
        referToHousingFirst(enrolmentId, registeredParticipant(), null);
        assertThatThrownBy(() -> referToHousingFirst(UUID.randomUUID().toString(), enrolmentId, null))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void theTrialArmIsDrawnByTheSystemWithTheConfiguredShare() {
        String enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToThriveIntoWork(enrolmentId, registeredParticipant(), "WORK-WELL",
                LocalAuthority.DUDLEY, FundingStream.THRIVE_INTO_WORK_TRIAL, null, ThriveIntoWorkReferralSource.GP,
                "M88006", today.minusDays(10), null, "gp"));
        commands.sendAndWait(new RecordEligibilityAndConsent(enrolmentId, true, true, today.minusDays(9), null, null, "caseworker"));
        commands.sendAndWait(new AllocateTrialArm(enrolmentId, today, null, null, "caseworker"));

        TrialArmAllocated allocated = (TrialArmAllocated) history(enrolmentId).get(2).getPayload();
        assertThat(allocated.drawRange()).isEqualTo(10_000);
        assertThat(allocated.treatmentBelow()).isEqualTo(5_000);
        assertThat(allocated.drawn()).isBetween(0, 9_999);
        assertThat(allocated.arm()).isEqualTo(new TrialArmRandomiser.Draw(allocated.drawn(), 10_000, 5_000).arm());
    }

    @Test
    void aLongHistoryIsLoadedFromASnapshotThatRemembersHandledRequests() {
        String enrolmentId = UUID.randomUUID().toString();
        String startRequest = "start-" + enrolmentId;
        referToHousingFirst(enrolmentId, registeredParticipant(), startRequest);
        StepResult firstContact = commands.sendAndWait(new LogContact(enrolmentId, ContactType.PHONE, 10,
                "First call", today.minusDays(20), "contact-1-" + enrolmentId, null, "caseworker"));
        for (int i = 2; i <= 25; i++) {
            commands.sendAndWait(new LogContact(enrolmentId, ContactType.PHONE, 10, null, today.minusDays(20),
                    null, (long) (i - 1), "caseworker"));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotOf(enrolmentId) != null);
        Document snapshot = snapshotOf(enrolmentId);
        assertThat(snapshot.getString("payloadType")).isEqualTo(Enrolment.class.getName());
        assertThat(snapshot.getLong("sequenceNumber")).isGreaterThanOrEqualTo(10L);
        List<? extends DomainEventMessage<?>> loaded = history(enrolmentId);
        assertThat(loaded.get(0).getPayload()).isInstanceOf(Enrolment.class);

        // The state from snapshot + later events: retries answer as before, the version is the last event's.
        enrolmentCache.remove(enrolmentId);
        assertThat(commands.<StepResult>sendAndWait(new LogContact(enrolmentId, ContactType.PHONE, 10, "First call",
                today.minusDays(20), "contact-1-" + enrolmentId, null, "caseworker"))).isEqualTo(firstContact);
        assertThat(referToHousingFirst(enrolmentId, "whoever", startRequest)).isEqualTo(enrolmentId);
        assertThat(eventStore.lastSequenceNumberFor(enrolmentId)).contains(25L);
        commands.sendAndWait(new LogContact(enrolmentId, ContactType.VIDEO, 5, null, today, null, 25L, "caseworker"));
        assertThat(eventStore.lastSequenceNumberFor(enrolmentId)).contains(26L);
    }

    @Test
    void aSnapshotOfAnEarlierShapeIsPassedOverAndTheEnrolmentIsRebuiltFromItsEvents() {
        String enrolmentId = UUID.randomUUID().toString();
        referToHousingFirst(enrolmentId, registeredParticipant(), null);
        for (int i = 1; i <= 25; i++) {
            commands.sendAndWait(new LogContact(enrolmentId, ContactType.PHONE, 10, null, today.minusDays(20),
                    null, null, "caseworker"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotOf(enrolmentId) != null);
        assertThat(snapshotOf(enrolmentId).getString("payloadRevision")).isEqualTo("3");

        // As snapshots of earlier shapes were stored: before the state was partitioned by pathway (no revision),
        // and before a trial enrolment was enrolled on its allocation day (revision 2).
        long version = 25;
        for (String earlier : new String[] {null, "2"}) {
            mongo.getCollection(GlobalSequenceMongoEventStorageEngine.SNAPSHOTS).updateOne(
                    new Document("_id", enrolmentId), new Document("$set", new Document("payloadRevision", earlier)));

            assertThat(history(enrolmentId).get(0).getPayload()).isInstanceOf(ReferredToHousingFirst.class);
            enrolmentCache.remove(enrolmentId);
            commands.sendAndWait(new LogContact(enrolmentId, ContactType.VIDEO, 5, null, today, null, version,
                    "caseworker"));
            version++;
            assertThat(eventStore.lastSequenceNumberFor(enrolmentId)).contains(version);
        }
    }

    private String trialEnrolmentAwaitingItsArm(String participantId) {
        String enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToThriveIntoWork(enrolmentId, participantId, "WORK-WELL",
                LocalAuthority.DUDLEY, FundingStream.THRIVE_INTO_WORK_TRIAL, null, ThriveIntoWorkReferralSource.GP,
                "M88006", today.minusDays(10), null, "gp"));
        commands.sendAndWait(new RecordEligibilityAndConsent(enrolmentId, true, true, today.minusDays(9), null, null,
                "caseworker"));
        return enrolmentId;
    }

    @Test
    void aPersonsSecondTrialEnrolmentReusesTheArmOfTheFirstAndTheClaimIsStoredByParticipant() {
        String participantId = registeredParticipant();
        String first = trialEnrolmentAwaitingItsArm(participantId);
        String second = trialEnrolmentAwaitingItsArm(participantId);

        StepResult drawn = commands.sendAndWait(new AllocateTrialArm(first, today, null, null, "caseworker"));
        StepResult reused = commands.sendAndWait(new AllocateTrialArm(second, today, null, null, "caseworker"));

        assertThat(reused.trialArm()).isEqualTo(drawn.trialArm());
        TrialArmAllocated allocated = (TrialArmAllocated) history(second).get(2).getPayload();
        assertThat(allocated.reusedFromEnrolmentId()).isEqualTo(first);
        assertThat(allocated.drawn()).isNull();
        Document claim = mongo.getCollection(MongoTrialArmRegistry.COLLECTION)
                .find(new Document("_id", participantId)).first();
        assertThat(claim).isNotNull();
        assertThat(claim.getString("enrolmentId")).isEqualTo(first);
        assertThat(new TrialArmRandomiser.Draw(claim.getInteger("drawn"), claim.getInteger("drawRange"),
                claim.getInteger("treatmentBelow")).arm()).isEqualTo(drawn.trialArm());
    }

    private Document snapshotOf(String aggregateId) {
        return mongo.getCollection(GlobalSequenceMongoEventStorageEngine.SNAPSHOTS)
                .find(new Document("_id", aggregateId)).first();
    }
}
