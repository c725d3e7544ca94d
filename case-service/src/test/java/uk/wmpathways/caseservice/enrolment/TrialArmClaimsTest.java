package uk.wmpathways.caseservice.enrolment;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims that keep one trial arm per person, on MongoDB: back-filled from arms drawn before they were kept. */
// The same configuration as StoredEnrolmentTest and the HTTP tests, so that the module starts one context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrialArmClaimsTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TrialArmClaimsBackfill backfill;
    @Autowired
    QueuedTrialArms trialArms;
    @Autowired
    Clock clock;

    private String trialEnrolmentAwaitingItsArm(String participantId) {
        LocalDate today = LocalDate.now(clock);
        String enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToThriveIntoWork(enrolmentId, participantId, "WORK-WELL",
                LocalAuthority.DUDLEY, FundingStream.THRIVE_INTO_WORK_TRIAL, null, ThriveIntoWorkReferralSource.GP,
                "M88006", today.minusDays(10), null, "gp"));
        commands.sendAndWait(new RecordEligibilityAndConsent(enrolmentId, true, true, today.minusDays(9), null, null,
                "caseworker"));
        return enrolmentId;
    }

    private Document claimOf(String participantId) {
        return mongo.getCollection(MongoTrialArmRegistry.COLLECTION).find(new Document("_id", participantId)).first();
    }

    @Test
    void anArmDrawnBeforeClaimsWereKeptIsClaimedFromTheEventStoreAndReused() {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterParticipant(participantId, "Claim", "Backfill", LocalDate.of(1985, 4, 4),
                null, LocalAuthority.DUDLEY, null, null, "caseworker"));
        String first = trialEnrolmentAwaitingItsArm(participantId);
        trialArms.drawNext(TrialArm.CONTROL);
        commands.sendAndWait(new AllocateTrialArm(first, LocalDate.now(clock), null, null, "caseworker"));
        // As if the arm had been drawn before this change: in the event store, with no claim.
        mongo.getCollection(MongoTrialArmRegistry.COLLECTION).deleteOne(new Document("_id", participantId));

        assertThat(backfill.claimEarlierAllocations()).isGreaterThanOrEqualTo(1);
        assertThat(claimOf(participantId).getString("enrolmentId")).isEqualTo(first);
        assertThat(backfill.claimEarlierAllocations()).as("claimed once only").isZero();

        String second = trialEnrolmentAwaitingItsArm(participantId);
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            StepResult reused = commands.sendAndWait(new AllocateTrialArm(second, LocalDate.now(clock), null, null,
                    "caseworker"));
            assertThat(reused.trialArm()).isEqualTo(TrialArm.CONTROL);
        } finally {
            trialArms.clear();
        }
        TrialArmAllocated allocated = (TrialArmAllocated) eventStore.readEvents(second, 0).asStream()
                .reduce((a, b) -> b).orElseThrow().getPayload();
        assertThat(allocated.reusedFromEnrolmentId()).isEqualTo(first);
    }

    @Autowired
    MongoTrialArmRegistry registry;

    @Test
    void ofTwoClaimsForOnePersonAtOnceTheFirstStoredWinsAndTheOtherDrawIsNeverUsed() {
        String participantId = UUID.randomUUID().toString();
        TrialArmRegistry.Claim won = registry.claim(participantId, "e-late", () -> {
            // Another enrolment of the person claims between this one's look-up and its insert.
            mongo.insert(MongoTrialArmRegistry.claimDocument(participantId, "e-first",
                    new TrialArmRandomiser.Draw(9_000, 10_000, 5_000)), MongoTrialArmRegistry.COLLECTION);
            return new TrialArmRandomiser.Draw(1, 10_000, 5_000);
        });

        assertThat(won).isEqualTo(new TrialArmRegistry.Claim("e-first", new TrialArmRandomiser.Draw(9_000, 10_000,
                5_000)));
        assertThat(registry.claim(participantId, "e-late", () -> {
            throw new AssertionError("no second draw for a person with an arm");
        }).arm()).isEqualTo(TrialArm.CONTROL);
    }

    @Test
    void theBackfillRunsOnceBeforeTheFirstClaimAndIsMarked() {
        backfill.ensureDone();
        assertThat(mongo.getCollection(TrialArmClaimsBackfill.MARKER_COLLECTION).countDocuments()).isEqualTo(1);
    }
}
