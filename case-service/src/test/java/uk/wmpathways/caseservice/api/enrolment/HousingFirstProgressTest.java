package uk.wmpathways.caseservice.api.enrolment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.wmpathways.caseservice.api.enrolment.Events.eligibilityAssessed;
import static uk.wmpathways.caseservice.api.enrolment.Events.tenancyChecked;
import static uk.wmpathways.caseservice.api.enrolment.Events.tenancyEnded;
import static uk.wmpathways.caseservice.api.enrolment.Events.tenancyStarted;

class HousingFirstProgressTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 1, 6);
    private static final LocalDate ACCEPTED = REFERRED.plusDays(7);
    private static final LocalDate HOUSED = LocalDate.of(2025, 3, 1);

    private static HousingFirstProgress after(EnrolmentEvent... events) {
        HousingFirstProgress progress = HousingFirstProgress.referred();
        for (EnrolmentEvent event : events) {
            progress = progress.apply(event);
        }
        return progress;
    }

    private static HousingFirstProgress accepted() {
        return after(eligibilityAssessed(true, ACCEPTED));
    }

    private static HousingFirstProgress housed() {
        return after(eligibilityAssessed(true, ACCEPTED), tenancyStarted("t1", HOUSED));
    }

    @Test
    void aReferralAwaitsItsEligibilityAssessment() {
        HousingFirstProgress progress = after();

        assertThat(progress.stage()).isEqualTo(Stage.REFERRED);
        assertThat(progress.whyNot(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY)).isEmpty();
        assertThat(progress.due()).isEmpty();
    }

    @Test
    void eligibilityIsAssessedOnlyOnce() {
        assertThat(accepted().stage()).isEqualTo(Stage.ACCEPTED);
        assertThat(accepted().whyNot(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY))
                .contains("Eligibility has already been assessed");
    }

    @Test
    void aDeclinedAssessmentLeavesTheReferralAwaitingAssessment() {
        HousingFirstProgress progress = after(eligibilityAssessed(false, ACCEPTED));

        assertThat(progress.stage()).isEqualTo(Stage.REFERRED);
        assertThat(progress.whyNot(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY)).isEmpty();
    }

    @Test
    void aTenancyCannotStartBeforeTheReferralIsAccepted() {
        assertThat(after().whyNot(Step.START_TENANCY))
                .contains("A tenancy can start only after the Housing First referral is accepted");
    }

    @Test
    void aTenancyCanStartOnceTheReferralIsAccepted() {
        assertThat(accepted().whyNot(Step.START_TENANCY)).isEmpty();
    }

    @Test
    void aSecondTenancyCannotStartWhileOneIsRunning() {
        assertThat(housed().stage()).isEqualTo(Stage.HOUSED);
        assertThat(housed().whyNot(Step.START_TENANCY))
                .contains("A tenancy is already running; end it before starting another");
    }

    @Test
    void aNewTenancyCanStartAfterTheLastOneEnded() {
        HousingFirstProgress progress = housed().apply(tenancyEnded("t1", HOUSED.plusMonths(3)));

        assertThat(progress.stage()).isEqualTo(Stage.TENANCY_ENDED);
        assertThat(progress.whyNot(Step.START_TENANCY)).isEmpty();
    }

    @Test
    void aSustainmentCheckCannotBeRecordedBeforeATenancyStarts() {
        assertThat(accepted().whyNot(Step.RECORD_TENANCY_SUSTAINMENT_CHECK))
                .contains("There is no running tenancy to check");
    }

    @Test
    void aSustainmentCheckCannotBeRecordedAfterTheTenancyEnded() {
        assertThat(housed().apply(tenancyEnded("t1", HOUSED.plusMonths(3)))
                .whyNot(Step.RECORD_TENANCY_SUSTAINMENT_CHECK))
                .contains("There is no running tenancy to check");
    }

    @Test
    void aSustainmentCheckCanBeRecordedOnARunningTenancy() {
        assertThat(housed().whyNot(Step.RECORD_TENANCY_SUSTAINMENT_CHECK)).isEmpty();
    }

    @Test
    void noSustainmentCheckIsLeftAfterTheTwentyFourMonthCheck() {
        HousingFirstProgress progress = housed().apply(tenancyChecked("t1", 24, HOUSED.plusMonths(24)));

        assertThat(progress.stage()).isEqualTo(Stage.HOUSED);
        assertThat(progress.whyNot(Step.RECORD_TENANCY_SUSTAINMENT_CHECK))
                .contains("Every sustainment check of this tenancy has been recorded");
        assertThat(progress.due()).isEmpty();
    }

    @Test
    void aRunningTenancyCanBeEnded() {
        assertThat(housed().whyNot(Step.END_TENANCY)).isEmpty();
    }

    @Test
    void noTenancyCanBeEndedBeforeOneStarts() {
        assertThat(accepted().whyNot(Step.END_TENANCY)).contains("There is no running tenancy to end");
    }

    @Test
    void anEndedTenancyCannotBeEndedAgain() {
        assertThat(housed().apply(tenancyEnded("t1", HOUSED.plusMonths(3))).whyNot(Step.END_TENANCY))
                .contains("There is no running tenancy to end");
    }

    @Test
    void aStepOfAnotherPathwayIsNotItsToAnswer() {
        assertThatThrownBy(() -> housed().whyNot(Step.RECORD_JOB_START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECORD_JOB_START is not a Housing First step");
    }

    @Test
    void aTenancyCheckIsDueSixTwelveAndTwentyFourMonthsAfterTheTenancyStarts() {
        assertThat(housed().due()).containsExactly(
                new DueItem(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, HOUSED.plusMonths(6), "t1",
                        Step.RECORD_TENANCY_SUSTAINMENT_CHECK, "6-month tenancy sustainment check"),
                new DueItem(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, HOUSED.plusMonths(12), "t1",
                        Step.RECORD_TENANCY_SUSTAINMENT_CHECK, "12-month tenancy sustainment check"),
                new DueItem(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, HOUSED.plusMonths(24), "t1",
                        Step.RECORD_TENANCY_SUSTAINMENT_CHECK, "24-month tenancy sustainment check"));
    }

    @Test
    void theSixMonthCheckLeavesTheTwelveAndTwentyFourMonthChecksOutstanding() {
        HousingFirstProgress progress = housed().apply(tenancyChecked("t1", 6, HOUSED.plusMonths(6)));

        assertThat(progress.due()).extracting(DueItem::dueOn)
                .containsExactly(HOUSED.plusMonths(12), HOUSED.plusMonths(24));
        assertThat(progress.currentTenancy()).get().extracting(Tenancy::checksDone).isEqualTo(List.of(6));
    }

    @Test
    void aTwelveMonthCheckMakesAMissedSixMonthCheckMoot() {
        HousingFirstProgress progress = housed().apply(tenancyChecked("t1", 12, HOUSED.plusMonths(12)));

        assertThat(progress.due()).extracting(DueItem::dueOn).containsExactly(HOUSED.plusMonths(24));
    }

    @Test
    void nothingIsDueOnceTheTenancyHasEnded() {
        assertThat(housed().apply(tenancyEnded("t1", HOUSED.plusMonths(3))).due()).isEmpty();
    }

    @Test
    void aNewTenancysChecksAreDueFromItsOwnStartAndTheEndedOneIsKept() {
        LocalDate rehoused = HOUSED.plusMonths(5);
        HousingFirstProgress progress = housed().apply(tenancyEnded("t1", HOUSED.plusMonths(3)))
                .apply(tenancyStarted("t2", rehoused));

        assertThat(progress.stage()).isEqualTo(Stage.HOUSED);
        assertThat(progress.due()).extracting(DueItem::reference, DueItem::dueOn).first()
                .isEqualTo(tuple("t2", rehoused.plusMonths(6)));
        assertThat(progress.tenancies()).extracting(Tenancy::id).containsExactly("t1", "t2");
        assertThat(progress.tenancy("t1")).get().extracting(Tenancy::endedOn).isEqualTo(HOUSED.plusMonths(3));
    }

    @Test
    void anEventOfAnotherPathwayChangesNothing() {
        assertThat(housed().apply(Events.placed(HOUSED))).isEqualTo(housed());
    }
}
