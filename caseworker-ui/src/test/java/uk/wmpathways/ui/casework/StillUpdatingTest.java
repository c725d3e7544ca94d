package uk.wmpathways.ui.casework;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.ui.casework.StillUpdating.State.NOT_FOUND;
import static uk.wmpathways.ui.casework.StillUpdating.State.SHOW;
import static uk.wmpathways.ui.casework.StillUpdating.State.SLOW;
import static uk.wmpathways.ui.casework.StillUpdating.State.STILL_UPDATING;

class StillUpdatingTest {

    @Test
    void aRecordInTheReadModelIsShown() {
        assertThat(StillUpdating.decide(true, true, Duration.ZERO)).isEqualTo(SHOW);
        assertThat(StillUpdating.decide(true, true, Duration.ofMinutes(5))).isEqualTo(SHOW);
    }

    @Test
    void aWrittenRecordTheReadModelLacksIsStillUpdatingNeverNotFound() {
        assertThat(StillUpdating.decide(false, true, Duration.ZERO)).isEqualTo(STILL_UPDATING);
        assertThat(StillUpdating.decide(false, true, Duration.ofSeconds(59))).isEqualTo(STILL_UPDATING);
    }

    @Test
    void afterAMinuteItSaysUpdatingIsSlow() {
        assertThat(StillUpdating.decide(false, true, Duration.ofMinutes(1))).isEqualTo(SLOW);
        assertThat(StillUpdating.decide(false, true, Duration.ofMinutes(10))).isEqualTo(SLOW);
    }

    @Test
    void onlyARecordNeitherSideHasIsNotFound() {
        assertThat(StillUpdating.decide(false, false, Duration.ZERO)).isEqualTo(NOT_FOUND);
        assertThat(StillUpdating.decide(false, false, Duration.ofMinutes(2))).isEqualTo(NOT_FOUND);
    }
}
