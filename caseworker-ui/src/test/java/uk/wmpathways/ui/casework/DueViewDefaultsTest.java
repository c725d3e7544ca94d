package uk.wmpathways.ui.casework;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DueViewDefaultsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void dueOpensOnThisWeeksWork() {
        assertThat(DueView.OPENS_ON_DAYS).isEqualTo(7);
        assertThat(DueView.HORIZONS_IN_DAYS).contains(DueView.OPENS_ON_DAYS, 28);
        assertThat(DueView.dueBy(TODAY, null)).as("nothing chosen yet: this week")
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(DueView.dueBy(TODAY, 28)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theHelpSaysOverdueIsAlwaysShownAndHowToSeeEveryonesNextContact() {
        assertThat(DueView.HELP).contains("Overdue items are always shown", "Choose 28 days",
                "everyone's next contact");
    }
}
