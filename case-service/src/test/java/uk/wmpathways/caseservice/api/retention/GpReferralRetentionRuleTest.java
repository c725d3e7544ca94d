package uk.wmpathways.caseservice.api.retention;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.retention.GpReferralRetentionRule.Referral;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** When a GP referral that never became an enrolment is due for erasure: its period after the decision or receipt. */
class GpReferralRetentionRuleTest {

    private static final Period TWO_YEARS = Period.ofYears(2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Referral rejectedOrCancelled(LocalDate receivedOn, LocalDate decidedOn) {
        return new Referral("r-1", receivedOn, decidedOn, false, false);
    }

    @Test
    void aDecidedReferralIsDueItsPeriodAfterTheDecisionNotTheReceipt() {
        Referral decidedLately = rejectedOrCancelled(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 1));
        Referral decidedLongAgo = rejectedOrCancelled(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 3));

        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, decidedLately)).isFalse();
        assertThat(GpReferralRetentionRule.endsOn(TWO_YEARS, decidedLately)).contains(LocalDate.of(2027, 6, 1));
        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, decidedLongAgo)).as("on the day it ends").isTrue();
    }

    @Test
    void theDayBeforeThePeriodEndsItIsKept() {
        Referral decided = rejectedOrCancelled(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 4));

        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, decided)).isFalse();
    }

    @Test
    void aReferralNeverDecidedIsDueItsPeriodAfterItWasReceived() {
        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, rejectedOrCancelled(LocalDate.of(2024, 12, 3), null)))
                .isTrue();
        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, rejectedOrCancelled(LocalDate.of(2025, 1, 3), null)))
                .isFalse();
    }

    @Test
    void anAcceptedReferralIsLeftToItsPersonsRetention() {
        Referral accepted = new Referral("r-1", LocalDate.of(2015, 1, 1), null, true, false);

        assertThat(GpReferralRetentionRule.endsOn(TWO_YEARS, accepted)).isEmpty();
        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, accepted)).isFalse();
    }

    @Test
    void anErasedReferralIsNotDueAgain() {
        Referral erased = new Referral("r-1", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 2, 1), false, true);

        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, erased)).isFalse();
    }

    @Test
    void anotherPeriodIsUsedAsSet() {
        Referral decided = rejectedOrCancelled(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 3));

        assertThat(GpReferralRetentionRule.due(Period.ofMonths(6), TODAY, decided)).isTrue();
        assertThat(GpReferralRetentionRule.due(TWO_YEARS, TODAY, decided)).isFalse();
    }

    @Test
    void theDefaultIsTwoYearsAndASettingOfItsOwn() {
        assertThat(RetentionPolicy.DEFAULT.gpReferralNotAccepted()).isEqualTo(TWO_YEARS);
        assertThat(RetentionPolicy.DEFAULT.bySetting()).containsEntry("gp-referral-not-accepted", TWO_YEARS);
    }
}
