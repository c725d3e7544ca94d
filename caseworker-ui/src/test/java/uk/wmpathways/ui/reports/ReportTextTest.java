package uk.wmpathways.ui.reports;

import org.junit.jupiter.api.Test;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.TrialEffect;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextTest {

    @Test
    void countsHaveThousandsSeparatorsAndSmallOnesAreShownAsLessThanFive() {
        assertThat(ReportText.count(Figure.of(3700))).isEqualTo("3,700");
        assertThat(ReportText.count(Figure.of(0))).isEqualTo("0");
        assertThat(ReportText.count(Figure.suppressed())).isEqualTo("<5");
        assertThat(ReportText.count(Figure.of(4))).as("even if a report forgot to suppress it").isEqualTo("<5");
    }

    @Test
    void aCountHiddenOnlyToProtectAnotherIsConfidentialNeverFewerThanFive() {
        assertThat(ReportText.count(Figure.confidential())).isEqualTo("[c]");
        ChartRow control = ChartRow.of(new Breakdown.Row("CONTROL", "Control (usual care)", Figure.confidential(),
                Figure.of(27), new Rate(Figure.confidential(), Figure.of(27), 25.9, 13.2, 44.7)));

        assertThat(control.count()).isEqualTo("[c]");
        assertThat(control.percent()).isNull();
        assertThat(control.bar().drawn()).isFalse();
        assertThat(control.bar().shown()).isEqualTo("[c]");
        assertThat(Figure.LEGEND).contains("[c]", "confidential", "<5");
    }

    @Test
    void percentagesHaveOneDecimalPlaceRoundedHalfUpAsInTheExports() {
        assertThat(ReportText.percent(29.95)).isEqualTo("30.0%");
        assertThat(ReportText.percent(26.748)).isEqualTo("26.7%");
        assertThat(ReportText.percent(null)).isEqualTo("–");
        assertThat(ReportText.interval(23.8, 29.9)).isEqualTo("95% CI 23.8% to 29.9%");
    }

    @Test
    void poundsShowPenceOnlyWhenThereAreAny() {
        assertThat(ReportText.pounds(new BigDecimal("10200000.00"))).isEqualTo("£10,200,000");
        assertThat(ReportText.pounds(new BigDecimal("14366.2"))).isEqualTo("£14,366.20");
        assertThat(ReportText.pounds(8_544_850L)).isEqualTo("£8,544,850");
    }

    @Test
    void aRowWithASuppressedCountHasNoPercentageAndNoBar() {
        ChartRow row = ChartRow.of(new Breakdown.Row("WALSALL", "Walsall", Figure.suppressed(), Figure.of(40),
                new Rate(Figure.suppressed(), Figure.of(40), 7.5, 2.6, 19.9)));

        assertThat(row.percent()).isNull();
        assertThat(row.low()).isNull();
        assertThat(row.bar().drawn()).isFalse();
        assertThat(row.bar().shown()).isEqualTo("<5");
        ChartRow nothingToDivide = ChartRow.of(new Breakdown.Row("DUDLEY", "Dudley", Figure.of(0), Figure.of(0),
                new Rate(Figure.of(0), Figure.of(0), null, null, null)));
        assertThat(nothingToDivide.bar().shown()).isEqualTo("–");
    }

    @Test
    void theTrialEffectIsSignedAndNamesItsInterval() {
        Rate rate = new Rate(Figure.of(10), Figure.of(20), 50.0, 30.0, 70.0);

        assertThat(TrialPanel.trialEffectText(new TrialEffect(rate, rate, 4.04, 1.2, 6.9, "Newcombe hybrid score")))
                .isEqualTo("Trial effect, treatment minus control: +4.0 percentage points (95% CI 1.2 to 6.9 points; "
                        + "Newcombe hybrid score). The true difference very likely lies between 1.2 and 6.9 points: "
                        + "the treatment arm did better.");
        assertThat(TrialPanel.trialEffectText(new TrialEffect(rate, rate, -2.0, -5.1, 1.0, null)))
                .startsWith("Trial effect, treatment minus control: -2.0 percentage points (95% CI -5.1 to 1.0 points)")
                .endsWith("it could be no difference at all.");
        assertThat(TrialPanel.trialEffectText(new TrialEffect(rate, rate, -4.0, -6.0, -2.0, null)))
                .endsWith("the control arm did better.");
        assertThat(TrialPanel.trialEffectText(new TrialEffect(rate, rate, null, null, null, null)))
                .contains("not shown");
    }
}
