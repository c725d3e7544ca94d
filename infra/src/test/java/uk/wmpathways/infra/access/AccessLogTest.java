package uk.wmpathways.infra.access;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The access log keeps every entry, in one chain, and tells when an entry was changed or removed. */
class AccessLogTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    // nanoseconds on purpose: the store keeps milliseconds, and the hash must still hold when read back
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:15:30.123456789Z"));
    private final AccessLog log = new AccessLog(mongo.template, clock);
    private final Caller caseworker = Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT",
            "API GET /api/participants/p-1");

    @AfterEach
    void close() {
        mongo.close();
    }

    private void recordViews(int count) {
        for (int i = 0; i < count; i++) {
            log.record(caseworker, AccessAction.VIEW_PARTICIPANT, AccessPurpose.OWN_ORGANISATION,
                    List.of("p-" + i), null);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void numbersEveryEntryAndChainsEachToTheOneBefore() {
        recordViews(5);

        List<AccessLogEntry> entries = log.byUser("caseworker", 10);
        assertThat(entries).extracting(AccessLogEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(entries.get(4).previousHash()).isEqualTo(AccessLogEntry.GENESIS);
        assertThat(entries.get(3).previousHash()).isEqualTo(entries.get(4).hash());
        assertThat(entries.get(0)).satisfies(entry -> {
            assertThat(entry.roles()).isEqualTo("CASEWORKER");
            assertThat(entry.organisation()).isEqualTo("DEMO-SUPPORT");
            assertThat(entry.channel()).isEqualTo("API GET /api/participants/p-1");
            assertThat(entry.participantIds()).containsExactly("p-4");
        });
        assertThat(log.firstBrokenEntry()).isEmpty();
    }

    @Test
    void findsAnEntryChangedInTheStore() {
        recordViews(5);

        mongo.template.getCollection(AccessLog.COLLECTION).updateOne(new Document("_id", 3L),
                new Document("$set", new Document("username", "someone-else")));

        assertThat(log.firstBrokenEntry()).hasValue(3L);
    }

    @Test
    void findsAnEntryRemovedFromTheStore() {
        recordViews(5);

        mongo.template.getCollection(AccessLog.COLLECTION).deleteOne(new Document("_id", 2L));

        assertThat(log.firstBrokenEntry()).hasValue(3L);
    }

    @Test
    void findsAnEntryWhoseHashWasRecomputedButNotItsSuccessors() {
        recordViews(3);
        AccessLogEntry second = log.byUser("caseworker", 10).get(1);
        AccessLogEntry forged = new AccessLogEntry(second.sequence(), second.at(), "forger", second.roles(),
                second.organisation(), second.channel(), second.action(), second.purpose(), second.reason(),
                second.participantIds(), second.enrolmentId(), second.query(), null, null)
                .chainedTo(second.sequence(), second.previousHash());
        mongo.template.save(forged, AccessLog.COLLECTION);

        assertThat(log.firstBrokenEntry()).hasValue(3L);
    }

    @Test
    void twoInstancesAppendingInTurnNeverShareANumber() {
        AccessLog other = new AccessLog(mongo.template, clock);
        for (int i = 0; i < 10; i++) {
            (i % 2 == 0 ? log : other).record(caseworker, AccessAction.SEARCH_PARTICIPANTS,
                    AccessPurpose.OWN_ORGANISATION, List.of(), null);
        }

        assertThat(log.byUser("caseworker", 20)).extracting(AccessLogEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 10).map(n -> 11 - n).boxed().toList());
        assertThat(log.firstBrokenEntry()).isEmpty();
    }

    @Test
    void entriesPastTheRetentionPeriodGoAndTheRestStillVerify() {
        recordViews(3);
        Instant cutoff = clock.instant();
        recordViews(2);

        assertThat(log.removeOlderThan(cutoff)).isEqualTo(3);
        recordViews(1);

        assertThat(log.byUser("caseworker", 10)).extracting(AccessLogEntry::sequence).containsExactly(6L, 5L, 4L);
        assertThat(log.firstBrokenEntry()).isEmpty();
    }

    @Test
    void retentionRemovesOldEntriesSaysSoInTheLogAndLeavesTheChainIntact() {
        recordViews(3);
        clock.advance(Duration.ofDays(400));
        recordViews(2);

        long removed = new AccessLogRetention(log, clock, java.time.Period.ofYears(1)).run();

        assertThat(removed).isEqualTo(3);
        assertThat(log.ofAction(AccessAction.RETENTION_REMOVAL, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).contains("3 entries before"));
        assertThat(log.firstBrokenEntry()).isEmpty();
    }

    @Test
    void answersWhoLookedAtAPersonAndWhatAUserLookedAt() {
        recordViews(3);
        log.recordWithReason(Caller.person("outreach", Set.of(Role.CASEWORKER), "STREET-OUTREACH", "UI"),
                AccessAction.BREAK_GLASS, AccessPurpose.BREAK_GLASS, "Safeguarding call from the police",
                List.of("p-1"), null);

        assertThat(log.aboutParticipant("p-1", 10)).extracting(AccessLogEntry::username)
                .containsExactly("outreach", "caseworker");
        assertThat(log.byUser("outreach", 10)).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("Safeguarding call from the police"));
    }
}
