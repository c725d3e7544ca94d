package uk.wmpathways.caseservice.retention;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention settings: defaults, overrides, and a start stopped with a clear message by a wrong one. */
class RetentionSettingsTest {

    @Test
    void withoutSettingsTheDefaultsApplyAndTheJobRunsDailyAtTwo() {
        RetentionSettings settings = RetentionSettings.from(new MockEnvironment());

        assertThat(settings.policy()).isEqualTo(RetentionPolicy.DEFAULT);
        assertThat(settings.policy().housingFirst()).isEqualTo(Period.ofYears(6));
        assertThat(settings.policy().thriveIntoWork()).isEqualTo(Period.ofYears(10));
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.runAt()).isEqualTo(LocalTime.of(2, 0));
    }

    @Test
    void eachPeriodAndTheScheduleCanBeSet() {
        RetentionSettings settings = RetentionSettings.from(new MockEnvironment()
                .withProperty("pathways.retention.housing-first", "P7Y")
                .withProperty("pathways.retention.rough-sleeping", "P3Y6M")
                .withProperty("pathways.retention.thrive-into-work", "P25Y")
                .withProperty("pathways.retention.without-enrolment", "P0D")
                .withProperty("pathways.retention.enabled", "false")
                .withProperty("pathways.retention.run-at", "03:30"));

        assertThat(settings.policy()).isEqualTo(new RetentionPolicy(Period.ofYears(7), Period.of(3, 6, 0),
                Period.ofYears(25), Period.ZERO));
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.runAt()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void theGpReferralsNotAcceptedHaveASettingOfTheirOwn() {
        RetentionSettings settings = RetentionSettings.from(new MockEnvironment()
                .withProperty("pathways.retention.gp-referral-not-accepted", "P18M"));

        assertThat(settings.policy().gpReferralNotAccepted()).isEqualTo(Period.ofMonths(18));
        assertThat(RetentionSettings.from(new MockEnvironment()).policy().gpReferralNotAccepted())
                .isEqualTo(Period.ofYears(2));
        assertThatThrownBy(() -> RetentionSettings.from(new MockEnvironment()
                .withProperty("pathways.retention.gp-referral-not-accepted", "two years")))
                .hasMessageContaining("pathways.retention.gp-referral-not-accepted must be an ISO-8601 period");
    }

    @Test
    void aNegativeOrUnreadablePeriodStopsTheStartNamingEverySettingThatIsWrong() {
        MockEnvironment wrong = new MockEnvironment()
                .withProperty("pathways.retention.housing-first", "P-1Y")
                .withProperty("pathways.retention.thrive-into-work", "ten years")
                .withProperty("pathways.retention.run-at", "2am")
                .withProperty("pathways.retention.enabled", "sometimes");

        assertThatThrownBy(() -> RetentionSettings.from(wrong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pathways.retention.housing-first must not be negative")
                .hasMessageContaining("pathways.retention.thrive-into-work must be an ISO-8601 period")
                .hasMessageContaining("pathways.retention.run-at must be a time of day")
                .hasMessageContaining("pathways.retention.enabled must be true or false");
    }

    @Test
    void theDailyRunIsTheNextRunTimeInUkTimeNeverNow() {
        LocalTime two = LocalTime.of(2, 0);
        // Winter (GMT) and summer (BST): 02:00 in London is 02:00 and 01:00 UTC.
        assertThat(DailyRetention.nextRun(ZonedDateTime.parse("2026-12-03T01:59:00Z"), two).toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-12-03T02:00:00Z").toInstant());
        assertThat(DailyRetention.nextRun(ZonedDateTime.parse("2026-12-03T02:00:00Z"), two).toInstant())
                .as("at the run time itself: tomorrow").isEqualTo(ZonedDateTime.parse("2026-12-04T02:00:00Z")
                        .toInstant());
        assertThat(DailyRetention.nextRun(ZonedDateTime.parse("2026-07-01T09:00:00Z"), two).toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-07-02T01:00:00Z").toInstant());
    }
}
