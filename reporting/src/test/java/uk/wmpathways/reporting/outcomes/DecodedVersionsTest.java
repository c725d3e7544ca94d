package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions' facts kept decoded between reads ({@link DecodedVersions}) give what decoding every version gives:
 * after events, after a rewrite in place (an erasure), as at past days, and when many changed at once.
 */
@SpringBootTest
class DecodedVersionsTest {

    record Note(String text, String area) {
    }

    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Autowired
    MongoTemplate mongo;

    private final String collection = "decoded_versions_test_" + UUID.randomUUID().toString().substring(0, 8);
    private VersionedFacts<Note> versions;

    @BeforeEach
    void keepDecodedVersions() {
        versions = new VersionedFacts<>(mongo, Note.class, note -> Map.of("area", note.area()), 1_000);
    }

    @AfterEach
    void dropTheCollection() {
        mongo.dropCollection(collection);
    }

    private void record(String key, long sequence, LocalDate on, String text) {
        versions.record(collection, key, sequence, on, current -> new Note(text, "north"));
    }

    private List<String> textsAsAt(LocalDate asAt) {
        return versions.knownAt(collection, "area", "north", asAt).stream().map(Note::text).sorted().toList();
    }

    @Test
    void aSecondReadOfUnchangedVersionsUsesTheKeptCopies() {
        record("a", 1, MONDAY, "one");
        record("b", 2, MONDAY, "two");
        assertThat(textsAsAt(null)).containsExactly("one", "two");
        long hits = versions.decoded().cache().stats().hitCount();

        assertThat(textsAsAt(null)).containsExactly("one", "two");
        assertThat(versions.decoded().cache().stats().hitCount() - hits).isEqualTo(2);
    }

    @Test
    void everyVersionKeptAheadServesTheFirstReportsWithTheSameAnswers() {
        record("a", 1, MONDAY, "as on Monday");
        record("a", 2, TUESDAY, "as on Tuesday");
        record("b", 3, MONDAY, "another");

        assertThat(versions.keepAllDecoded(collection)).isTrue();
        assertThat(versions.decoded().cache().estimatedSize()).as("every version, past ones too").isEqualTo(3);
        long misses = versions.decoded().cache().stats().missCount();
        assertThat(textsAsAt(MONDAY)).containsExactly("another", "as on Monday");
        assertThat(textsAsAt(null)).containsExactly("another", "as on Tuesday");
        assertThat(versions.decoded().cache().stats().missCount()).isEqualTo(misses);
    }

    @Test
    void versionsThatDoNotAllFitAreNotReadAhead() {
        VersionedFacts<Note> few = new VersionedFacts<>(mongo, Note.class, note -> Map.of("area", note.area()), 2);
        IntStream.range(0, 3).forEach(i -> few.record(collection, "k" + i, 1, MONDAY,
                current -> new Note("n", "north")));

        assertThat(few.keepAllDecoded(collection)).isFalse();
        assertThat(few.decoded().cache().estimatedSize()).isZero();
    }

    @Test
    void aVersionChangedByAnEventIsDecodedAgainAndThePastStaysAsItWas() {
        record("a", 1, MONDAY, "as on Monday");
        assertThat(textsAsAt(null)).containsExactly("as on Monday");

        record("a", 2, TUESDAY, "as on Tuesday");
        assertThat(textsAsAt(null)).containsExactly("as on Tuesday");
        assertThat(textsAsAt(MONDAY)).containsExactly("as on Monday");

        record("a", 3, TUESDAY, "later on Tuesday");
        assertThat(textsAsAt(TUESDAY)).containsExactly("later on Tuesday");
        assertThat(textsAsAt(MONDAY)).containsExactly("as on Monday");
    }

    @Test
    void aVersionRewrittenInPlaceByAnErasureIsDecodedAgain() {
        record("a", 1, MONDAY, "recorded");
        assertThat(textsAsAt(null)).containsExactly("recorded");

        // as OutcomesProjection rewrites an erased person's rows: the facts change, the sequence does not
        mongo.updateFirst(Query.query(Criteria.where("_id").is("a")),
                Update.update(VersionedFacts.FACTS + ".text", "not recorded").inc(DecodedVersions.REWRITES, 1),
                collection);

        assertThat(textsAsAt(null)).containsExactly("not recorded");
    }

    @Test
    void manyVersionsChangedAtOnceAreReadAgainTogether() {
        int count = DecodedVersions.READ_ONE_BY_ONE_UP_TO * 2;
        IntStream.range(0, count).forEach(i -> record("k" + i, 1, MONDAY, "first"));
        assertThat(textsAsAt(null)).hasSize(count).containsOnly("first");

        IntStream.range(0, count).forEach(i -> record("k" + i, 2, MONDAY, "second"));
        assertThat(textsAsAt(null)).hasSize(count).containsOnly("second");
        IntStream.range(0, 3).forEach(i -> record("k" + i, 3, MONDAY, "third"));
        assertThat(textsAsAt(null)).hasSize(count).containsOnly("second", "third").filteredOn("third"::equals)
                .hasSize(3);
    }
}
