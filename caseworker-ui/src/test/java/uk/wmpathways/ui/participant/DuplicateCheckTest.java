package uk.wmpathways.ui.participant;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The duplicate check's words, and which of the people asked together are likely one person. */
class DuplicateCheckTest {

    private static final LocalDate BORN = LocalDate.of(1980, 4, 23);

    @Test
    void peopleAskedTogetherAreCountedLikelyTheSameByTheMatcher() {
        Map<String, Integer> counts = DuplicateCheck.likelySameAmong(Map.of(
                "spelt", DuplicateCheck.person("Alexis", "Hollingsworth", BORN, null, "female", "WS1 1AA"),
                "misspelt", DuplicateCheck.person("Alexis", "Hollingworth", BORN, " ", "female", "WS1 1AA"),
                "someone else", DuplicateCheck.person("Mohammed", "Khan", LocalDate.of(1992, 1, 9), null, null, null)));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("spelt", 1, "misspelt", 1, "someone else", 0));
    }

    @Test
    void theWordsSayWhatWasFoundAndNeverNoMatchWhenTheCheckFailed() {
        LikelyMatch known = new LikelyMatch("p-1", 0.9, false, List.of("same family name"), true, "A B", BORN,
                List.of("WORK-WELL"));
        Optional<LikelyMatches> none = Optional.of(new LikelyMatches(List.of()));

        assertThat(DuplicateCheck.summary(none, 0)).isEqualTo("No likely match");
        assertThat(DuplicateCheck.summary(none, 1)).isEqualTo("Likely the same person as another referral here");
        assertThat(DuplicateCheck.summary(Optional.of(new LikelyMatches(List.of(known))), 2))
                .isEqualTo("1 likely match; also likely the same person as 2 other referrals here");
        assertThat(DuplicateCheck.summary(Optional.empty(), 0)).isEqualTo(DuplicateCheck.UNAVAILABLE);
        assertThat(DuplicateCheck.summary(Optional.empty(), 1))
                .isEqualTo("Duplicate check unavailable; also likely the same person as another referral here");
    }
}
