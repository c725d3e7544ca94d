package uk.wmpathways.caseservice.api.identity;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher on a table of pairs with known answers (identity/person-pairs.csv): true matches with typos, swaps,
 * short forms, transposed or one-digit-off dates; non-matches with common names, twins, same birthdays. Prints
 * precision and recall (docs/duplicates.md quotes them) and holds them above a floor.
 */
class PersonMatcherTableTest {

    record Pair(boolean same, PersonDetails one, PersonDetails other, String what) {
    }

    static List<Pair> table() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PersonMatcherTableTest.class.getResourceAsStream("/identity/person-pairs.csv")),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                pairs.add(new Pair(Boolean.parseBoolean(cells[0]), person(cells, 1), person(cells, 6), cells[11]));
            }
        }
        return pairs;
    }

    private static PersonDetails person(String[] cells, int from) {
        return new PersonDetails(cells[from], cells[from + 1], LocalDate.parse(cells[from + 2]), null,
                blankAsNull(cells[from + 3]), blankAsNull(cells[from + 4]));
    }

    private static String blankAsNull(String cell) {
        return cell.isBlank() ? null : cell;
    }

    @Test
    void precisionAndRecallOnTheTable() throws IOException {
        List<Pair> pairs = table();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Pair pair : pairs) {
            MatchScore score = PersonMatcher.compare(pair.one(), pair.other());
            boolean flagged = score.likely();
            if (flagged && pair.same()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                System.out.printf("false positive (%s): %.3f %s%n", pair.what(), score.score(), score.reasons());
            } else if (pair.same()) {
                falseNegatives++;
                System.out.printf("missed (%s): %.3f %s%n", pair.what(), score.score(), score.reasons());
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("PersonMatcher on %d pairs at threshold %.2f: precision %.3f, recall %.3f "
                        + "(%d true positives, %d false positives, %d missed)%n", pairs.size(), PersonMatcher.THRESHOLD,
                precision, recall, truePositives, falsePositives, falseNegatives);

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(80);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }
}
