package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.reporting.api.Figure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression of counts that add up along rows and columns: no hidden count can be worked out from a sum. */
class LinkedCellsTest {

    private static List<String> shown(List<Figure> figures) {
        return figures.stream().map(Figure::shown).toList();
    }

    @Test
    void aSmallCountInARowHidesTheNextSmallestOfItsRowAndTheZerosBesideIt() {
        LinkedCells cells = new LinkedCells();
        int total = cells.add(12);
        int accepted = cells.add(9);
        int rejected = cells.add(3);
        int cancelled = cells.add(0);
        cells.sum(total, List.of(accepted, rejected, cancelled));

        assertThat(shown(cells.shown())).containsExactly("12", "[c]", "<5", "[c]");
    }

    @Test
    void aCellHiddenInARowIsProtectedInItsColumnToo() {
        LinkedCells cells = new LinkedCells();
        // two practices, each received = accepted + rejected; the columns add up to the headline
        int[] headline = {cells.add(30), cells.add(20), cells.add(10)};
        int[] first = {cells.add(12), cells.add(10), cells.add(2)};
        int[] second = {cells.add(18), cells.add(10), cells.add(8)};
        for (int[] line : List.of(headline, first, second)) {
            cells.sum(line[0], List.of(line[1], line[2]));
        }
        for (int column = 0; column < 3; column++) {
            cells.sum(headline[column], List.of(first[column], second[column]));
        }

        List<String> shown = shown(cells.shown());

        assertThat(shown.get(first[2])).isEqualTo("<5");
        assertThat(shown.get(first[1])).as("12 received less 10 accepted").isEqualTo("[c]");
        assertThat(shown.get(second[2])).as("10 rejected in all less the first's").isEqualTo("[c]");
        assertThat(shown.get(second[1])).as("20 accepted in all less the first's").isEqualTo("[c]");
        assertThat(shown).filteredOn(Figure.SUPPRESSED::equals).hasSize(1);
    }

    @Test
    void aTableTooSmallToShowIsConfidentialWhole() {
        LinkedCells cells = new LinkedCells();
        int total = cells.add(40);
        int part = cells.add(7);
        int other = cells.add(33);
        cells.sum(total, List.of(part, other));
        cells.hideWhole(List.of(part, other));

        assertThat(shown(cells.shown())).containsExactly("40", "[c]", "[c]");
    }

    @Test
    void ninetiethPercentileIsTheNearestRankAndNeedsTenValues() {
        assertThat(GpReferralReports.ninetiethPercentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L))).isNull();
        assertThat(GpReferralReports.ninetiethPercentile(List.of(10L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L)))
                .isEqualTo(9.0);
        assertThat(GpReferralReports.ninetiethPercentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L)))
                .isEqualTo(10.0);
    }
}
