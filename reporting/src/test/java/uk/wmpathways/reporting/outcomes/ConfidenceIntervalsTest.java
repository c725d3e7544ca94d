package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The intervals against the worked examples of Newcombe (1998). */
class ConfidenceIntervalsTest {

    @Test
    void wilsonScoreIntervalMatchesNewcombesExamples() {
        WilsonScore interval = WilsonScore.of(81, 263);
        assertThat(interval.low()).isCloseTo(0.2553, within(0.00005));
        assertThat(interval.high()).isCloseTo(0.3662, within(0.00005));

        WilsonScore none = WilsonScore.of(0, 10);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(0.00005));
    }

    @Test
    void hybridScoreIntervalForADifferenceMatchesNewcombesMethod10() {
        NewcombeHybridScore effect = NewcombeHybridScore.of(56, 70, 48, 80);

        assertThat(effect.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(effect.low()).isCloseTo(0.0524, within(0.00005));
        assertThat(effect.high()).isCloseTo(0.3339, within(0.00005));
    }

    @Test
    void hybridScoreIntervalOfEqualProportionsIsSymmetricAroundNoDifference() {
        NewcombeHybridScore effect = NewcombeHybridScore.of(30, 100, 30, 100);

        assertThat(effect.difference()).isZero();
        assertThat(effect.low()).isCloseTo(-effect.high(), within(1e-12));
    }
}
