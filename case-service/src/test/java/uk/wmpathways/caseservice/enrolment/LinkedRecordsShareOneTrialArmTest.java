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
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trial arm belongs to the person: records linked as one person share one arm, never drawn twice, also when
 * both are allocated at the same moment; a record linked after it was allocated keeps its own.
 */
// The same configuration as TrialArmClaimsTest and the HTTP tests, so that the module starts one context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkedRecordsShareOneTrialArmTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    QueuedTrialArms trialArms;
    @Autowired
    MongoTrialArmRegistry registry;
    @Autowired
    Clock clock;

    private String registered() {
        return registered("");
    }

    private String registered(String idPrefix) {
        String participantId = idPrefix + UUID.randomUUID();
        commands.sendAndWait(new RegisterParticipant(participantId, "Linked", "Record", LocalDate.of(1985, 4, 4),
                null, LocalAuthority.DUDLEY, null, null, "caseworker"));
        return participantId;
    }

    private void link(String one, String other) {
        commands.sendAndWait(DecideIdentity.of(one, other, IdentityDecision.LINK, "caseworker"));
    }

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

    private StepResult allocate(String enrolmentId) {
        return commands.sendAndWait(new AllocateTrialArm(enrolmentId, LocalDate.now(clock), null, null,
                "caseworker"));
    }

    private TrialArmAllocated lastEventOf(String enrolmentId) {
        return (TrialArmAllocated) eventStore.readEvents(enrolmentId, 0).asStream()
                .reduce((a, b) -> b).orElseThrow().getPayload();
    }

    @Test
    void aLaterEnrolmentOfALinkedRecordGetsThePersonsArmWithoutADraw() {
        String first = registered();
        String second = registered();
        link(first, second);
        String firstEnrolment = trialEnrolmentAwaitingItsArm(first);
        trialArms.drawNext(TrialArm.CONTROL);
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            assertThat(allocate(firstEnrolment).trialArm()).isEqualTo(TrialArm.CONTROL);
            String secondEnrolment = trialEnrolmentAwaitingItsArm(second);

            assertThat(allocate(secondEnrolment).trialArm()).isEqualTo(TrialArm.CONTROL);
            assertThat(lastEventOf(secondEnrolment).reusedFromEnrolmentId()).isEqualTo(firstEnrolment);
        } finally {
            trialArms.clear();
        }
    }

    @Test
    void aRecordLinkedThroughAnotherSharesTheArmToo() {
        String first = registered();
        String middle = registered();
        String last = registered();
        link(first, middle);
        link(middle, last);
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            assertThat(allocate(trialEnrolmentAwaitingItsArm(first)).trialArm()).isEqualTo(TrialArm.TREATMENT);
        } finally {
            trialArms.clear();
        }
        trialArms.drawNext(TrialArm.CONTROL);
        try {
            assertThat(allocate(trialEnrolmentAwaitingItsArm(last)).trialArm()).isEqualTo(TrialArm.TREATMENT);
        } finally {
            trialArms.clear();
        }
    }

    @Test
    void twoLinkedRecordsClaimedAtTheSameMomentGetOneDraw() throws Exception {
        for (int round = 0; round < 5; round++) {
            String one = registered();
            String other = registered();
            link(one, other);
            CountDownLatch bothDrawing = new CountDownLatch(2);
            AtomicInteger draws = new AtomicInteger();
            CompletableFuture<TrialArmRegistry.Claim> first = CompletableFuture.supplyAsync(() ->
                    registry.claim(one, "e-one", () -> drawAlongside(bothDrawing, draws, 1)));
            CompletableFuture<TrialArmRegistry.Claim> second = CompletableFuture.supplyAsync(() ->
                    registry.claim(other, "e-other", () -> drawAlongside(bothDrawing, draws, 9_000)));

            TrialArmRegistry.Claim won = first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(won);
            List<Document> claims = List.of(claimOf(one), claimOf(other));
            assertThat(claims).extracting(claim -> claim.getInteger("drawn")).containsOnly(won.draw().drawn());
        }
    }

    /** Both threads reach the draw before either stores it: the race the person's claim decides. */
    private static TrialArmRandomiser.Draw drawAlongside(CountDownLatch bothDrawing, AtomicInteger draws, int drawn) {
        draws.incrementAndGet();
        bothDrawing.countDown();
        try {
            bothDrawing.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new TrialArmRandomiser.Draw(drawn, 10_000, 5_000);
    }

    private Document claimOf(String participantId) {
        return mongo.getCollection(MongoTrialArmRegistry.COLLECTION).find(new Document("_id", participantId)).first();
    }

    @Test
    void recordsLinkedAfterEachWasAllocatedKeepTheirOwnArms() {
        String one = registered();
        String other = registered();
        trialArms.drawNext(TrialArm.TREATMENT);
        trialArms.drawNext(TrialArm.CONTROL);
        try {
            allocate(trialEnrolmentAwaitingItsArm(one));
            allocate(trialEnrolmentAwaitingItsArm(other));
        } finally {
            trialArms.clear();
        }
        link(one, other);

        assertThat(registry.armOf(one)).contains(TrialArm.TREATMENT);
        assertThat(registry.armOf(other)).contains(TrialArm.CONTROL);
        assertThat(allocate(trialEnrolmentAwaitingItsArm(other)).trialArm()).isEqualTo(TrialArm.CONTROL);
    }

    @Test
    void anUnlinkedRecordNeverTakesADrawMadeForItsFormerGroup() {
        // "a-" sorts first, so the former group {a, b} and the later one {a, c} share their smallest id.
        String kept = registered("a-");
        String unlinked = registered("b-");
        String laterLinked = registered("c-");
        link(kept, unlinked);
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            assertThat(allocate(trialEnrolmentAwaitingItsArm(unlinked)).trialArm()).isEqualTo(TrialArm.TREATMENT);
        } finally {
            trialArms.clear();
        }
        commands.sendAndWait(DecideIdentity.of(kept, unlinked, IdentityDecision.NOT_SAME_PERSON, "caseworker"));
        link(kept, laterLinked);

        trialArms.drawNext(TrialArm.CONTROL);
        String laterEnrolment = trialEnrolmentAwaitingItsArm(laterLinked);
        try {
            assertThat(allocate(laterEnrolment).trialArm()).isEqualTo(TrialArm.CONTROL);
        } finally {
            trialArms.clear();
        }
        assertThat(lastEventOf(laterEnrolment).reusedFromEnrolmentId()).isNull();
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            assertThat(allocate(trialEnrolmentAwaitingItsArm(kept)).trialArm())
                    .as("the record still linked shares its person's arm, not the unlinked record's")
                    .isEqualTo(TrialArm.CONTROL);
        } finally {
            trialArms.clear();
        }
    }

    @Test
    void anUnlinkedRecordDrawsItsOwnArm() {
        String one = registered();
        String other = registered();
        link(one, other);
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            allocate(trialEnrolmentAwaitingItsArm(one));
        } finally {
            trialArms.clear();
        }
        commands.sendAndWait(DecideIdentity.of(one, other, IdentityDecision.NOT_SAME_PERSON, "caseworker"));

        trialArms.drawNext(TrialArm.CONTROL);
        String otherEnrolment = trialEnrolmentAwaitingItsArm(other);
        try {
            assertThat(allocate(otherEnrolment).trialArm()).isEqualTo(TrialArm.CONTROL);
        } finally {
            trialArms.clear();
        }
        assertThat(lastEventOf(otherEnrolment).reusedFromEnrolmentId()).isNull();
    }
}
