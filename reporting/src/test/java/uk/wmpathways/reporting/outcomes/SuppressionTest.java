package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    private static Tally tally(long... counts) {
        List<Tally.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(new Tally.Row(new Category("K" + i, "Row " + i), counts[i], 100));
        }
        return new Tally("Dimension", "Measure", rows);
    }

    private static List<String> shownCounts(Breakdown breakdown) {
        return breakdown.rows().stream().map(row -> row.count().shown()).toList();
    }

    @Test
    void aThreeIsSuppressed() {
        Figure three = Suppression.figure(3);

        assertThat(three.isSuppressed()).isTrue();
        assertThat(three.value()).isNull();
        assertThat(three.shown()).isEqualTo("<5");
    }

    @Test
    void countsFromOneToFourAreSuppressedAndZeroAndFiveAreShown() {
        assertThat(List.of(0L, 1L, 4L, 5L, 12L).stream().map(Suppression::figure).map(Figure::shown))
                .containsExactly("0", "<5", "<5", "5", "12");
    }

    @Test
    void theTotalDoesNotRevealASuppressedThree() {
        // Total 3 + 20 + 7 + 0 = 30 is shown elsewhere: with only the 3 hidden, 30 - 20 - 7 would give it away.
        Breakdown breakdown = Suppression.breakdown(tally(3, 20, 7, 0));

        // The 7 is hidden only to protect the 3: confidential, not "<5" (which would say 1 to 4); the 0 is hidden
        // too, or it would narrow down where the few people are.
        assertThat(shownCounts(breakdown)).containsExactly("<5", "20", "[c]", "[c]");
    }

    @Test
    void noZeroIsShownInAColumnWithAHiddenCellNorBesideAHiddenBase() {
        // The table: one category "<5", every other 0, would say which category the few people are in.
        assertThat(shownCounts(Suppression.breakdown(tally(0, 0, 3, 0, 40, 9))))
                .containsExactly("[c]", "[c]", "<5", "[c]", "40", "[c]");
        List<Tally.Row> rows = List.of(new Tally.Row(new Category("A", "A"), 0, 3),
                new Tally.Row(new Category("B", "B"), 10, 20), new Tally.Row(new Category("C", "C"), 12, 30));
        Breakdown breakdown = Suppression.breakdown(new Tally("Dimension", "Measure", rows));
        assertThat(breakdown.rows().get(0).base().shown()).isEqualTo("<5");
        assertThat(breakdown.rows().get(0).count().shown()).as("none of those few had the outcome").isEqualTo("[c]");
        assertThat(breakdown.rows()).extracting(row -> row.count().value()).doesNotContain(0L);
    }

    @Test
    void aBreakdownOfFewerThanTenPeopleIsHiddenWhole() {
        List<Tally.Row> rows = List.of(new Tally.Row(new Category("A", "A"), 1, 1),
                new Tally.Row(new Category("B", "B"), 0, 0), new Tally.Row(new Category("C", "C"), 5, 8));
        Breakdown tiny = Suppression.breakdown(new Tally("Dimension", "Measure", rows));

        assertThat(tiny.rows()).allSatisfy(row -> {
            assertThat(row.count().shown()).isEqualTo("[c]");
            assertThat(row.base().shown()).isEqualTo("[c]");
            assertThat(row.rate().percent()).isNull();
        });
        List<Tally.Row> nobody = List.of(new Tally.Row(new Category("A", "A"), 0, 0));
        assertThat(Suppression.breakdown(new Tally("D", "M", nobody)).rows().get(0).base().shown())
                .as("nobody at all identifies nobody").isEqualTo("0");
    }

    @Test
    void anEqualityBreakdownIsRoundedToTheNearestFiveWithItsPercentFromTheRoundedFigures() {
        List<Tally.Row> rows = List.of(new Tally.Row(new Category("A", "A"), 12, 38),
                new Tally.Row(new Category("B", "B"), 8, 22), new Tally.Row(new Category("C", "C"), 2, 7));
        Breakdown rounded = Suppression.roundedBreakdown(new Tally("Dimension", "Measure", rows));

        assertThat(shownCounts(rounded)).containsExactly("10", "[c]", "<5");
        assertThat(rounded.rows()).extracting(row -> row.base().shown()).containsExactly("40", "20", "5");
        assertThat(rounded.rows().get(0).rate().percent()).isEqualTo(25.0);
        assertThat(rounded.rows().get(1).rate().percent()).isNull();
        assertThat(Suppression.rounded(Figure.of(7)).value()).isEqualTo(5);
        assertThat(Suppression.rounded(Figure.of(8)).value()).isEqualTo(10);
        assertThat(Suppression.rounded(Figure.confidential()).shown()).isEqualTo("[c]");
    }

    @Test
    void twoSuppressedRowsThatCouldOnlyBothBeOneAreProtectedByAThird() {
        assertThat(shownCounts(Suppression.breakdown(tally(1, 1, 40, 9)))).containsExactly("<5", "<5", "40", "[c]");
        assertThat(shownCounts(Suppression.breakdown(tally(1, 3, 40, 9)))).containsExactly("<5", "<5", "40", "9");
    }

    @Test
    void aBreakdownWithoutSmallCountsShowsEveryRow() {
        assertThat(shownCounts(Suppression.breakdown(tally(5, 20, 0)))).containsExactly("5", "20", "0");
    }

    @Test
    void aRowWithASuppressedCountShowsNoPercent() {
        Breakdown breakdown = Suppression.breakdown(tally(3, 20, 7));

        assertThat(breakdown.rows()).extracting(row -> row.rate().percent()).containsExactly(null, 20.0, null);
        assertThat(breakdown.rows().get(1).rate().ciLowPercent()).isNotNull();
    }

    @Test
    void aRateWhoseNumeratorOrWhoseRestIsOneToFourShowsNoPercent() {
        assertThat(Suppression.rate(new Proportion(3, 50)).percent()).isNull();
        Rate almostAll = Suppression.rate(new Proportion(48, 50));
        assertThat(almostAll.percent()).isNull();
        assertThat(almostAll.numerator().shown()).as("50 - 48 would give away the two without the outcome")
                .isEqualTo("[c]");
        assertThat(almostAll.numerator().value()).isNull();
        assertThat(almostAll.denominator().shown()).isEqualTo("50");
        assertThat(Suppression.rate(new Proportion(45, 50)).percent()).isEqualTo(90.0);
        assertThat(Suppression.rate(new Proportion(0, 50)).percent()).isEqualTo(0.0);
        assertThat(Suppression.rate(new Proportion(0, 0)).percent()).isNull();
    }

    @Test
    void aRateShowsItsWilsonIntervalToOneDecimalPlace() {
        Rate rate = Suppression.rate(new Proportion(81, 263));

        assertThat(rate.percent()).isEqualTo(30.8);
        assertThat(rate.ciLowPercent()).isEqualTo(25.5);
        assertThat(rate.ciHighPercent()).isEqualTo(36.6);
    }

    @Test
    void noCostPerOutcomeOfSuppressedOrNoOutcomesNorOfNothingDrawnDown() {
        assertThat(Suppression.costPerOutcome(new BigDecimal("90000"), Figure.suppressed())).isNull();
        assertThat(Suppression.costPerOutcome(BigDecimal.ZERO, Figure.of(10))).as("nothing drawn down yet").isNull();
        assertThat(Suppression.costPerOutcome(new BigDecimal("90000"), Figure.of(10))).isEqualByComparingTo("9000.00");
        assertThat(Suppression.costPerOutcome(new BigDecimal("90000"), Figure.of(0))).isNull();
        assertThat(Suppression.costPerOutcome(new BigDecimal("100000"), Figure.of(3 * 10 + 0))).isEqualByComparingTo("3333.33");
    }

    @Test
    void aMedianOfFewerThanFiveValuesIsNotShown() {
        assertThat(Suppression.median(List.of(3L, 9L, 1L, 4L))).isNull();
        assertThat(Suppression.median(List.of(3L, 9L, 1L, 4L, 20L))).isEqualTo(4.0);
        assertThat(Suppression.median(List.of(3L, 9L, 1L, 4L, 20L, 30L))).isEqualTo(6.5);
    }
}
