package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.api.TrialEffect;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineCardsTest {

    private static final ReportCriteria TRIAL_STAGE = new ReportCriteria(LocalDate.of(2018, 6, 1),
            LocalDate.of(2020, 10, 31), null, null, null, null);

    /** The published trial: 3,700 supported, 890 into work in both arms, 710 of 2,368 in the treatment arm. */
    private static Dashboard trialStage(ReportCriteria criteria) {
        TrialEffect effect = new TrialEffect(new Rate(Figure.of(710), Figure.of(2368), 29.98, 28.2, 31.9),
                new Rate(Figure.of(180), Figure.of(1332), 13.5, 11.8, 15.5), 16.5, 13.9, 19.0, "Newcombe");
        ThriveIntoWorkReport tiw = new ThriveIntoWorkReport(criteria, Figure.of(3700), Figure.of(890),
                new Rate(Figure.of(890), Figure.of(3700), 24.05, 22.7, 25.5), null, null, null, null, null, null,
                null, null, null, effect, null, Map.of());
        HousingFirstReport hf = new HousingFirstReport(criteria, Figure.suppressed(), Figure.of(0), Figure.of(0),
                new Rate(Figure.of(40), Figure.of(46), 87.0, 74.3, 93.9), null, null, null, Map.of());
        RoughSleepingReport rsi = new RoughSleepingReport(criteria, Figure.of(0), Figure.of(0), Figure.of(0),
                Figure.of(0), null, null, null, null, null, Map.of());
        return new Dashboard(criteria, tiw, hf, rsi, null, null, null);
    }

    private static Optional<String> text(Div[] cards, String id) {
        return Stream.of(cards).flatMap(HeadlineCardsTest::descendants)
                .filter(component -> component.getId().filter(id::equals).isPresent())
                .map(component -> component.getElement().getTextRecursively()).findFirst();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(HeadlineCardsTest::descendants));
    }

    @Test
    void theTreatmentArmsPublishedFiguresComeFirstAndTheTotalsSayTheyCountBothArms() {
        Div[] cards = HeadlineCards.of(trialStage(TRIAL_STAGE));

        assertThat(text(cards, "headline-tiw-treatment-heading")).contains(HeadlineCards.TREATMENT_ARM);
        assertThat(text(cards, "headline-tiw-treatment-job-starts")).contains("710");
        assertThat(text(cards, "headline-tiw-treatment-job-conversion")).contains("30.0%");
        assertThat(text(cards, "headline-tiw-treatment-job-conversion-detail")).get().asString()
                .startsWith("710 of 2,368");
        assertThat(text(cards, "headline-tiw-counted-heading")).get().asString().contains("both trial arms");
        assertThat(text(cards, "headline-tiw-job-starts")).contains("890");
        assertThat(text(cards, "headline-tiw-job-conversion")).contains("24.1%");
        String card = cards[0].getElement().getTextRecursively();
        assertThat(card.indexOf("710")).as("the published figure before the total").isLessThan(card.indexOf("890"));
    }

    @Test
    void eachFundingStreamSaysWhomTheTotalsCountAndOutsideTheTrialThereIsNoArmToShow() {
        assertThat(HeadlineCards.scope(FundingStream.THRIVE_INTO_WORK_TRIAL)).startsWith("Both trial arms");
        assertThat(HeadlineCards.scope(FundingStream.THRIVE_INTO_WORK_EXPANSION)).startsWith("Outside the trial");
        assertThat(HeadlineCards.scope(null)).contains("both trial arms").contains("outside the trial");

        ReportCriteria expansion = new ReportCriteria(TRIAL_STAGE.from(), TRIAL_STAGE.to(), null, null, null,
                FundingStream.THRIVE_INTO_WORK_EXPANSION);
        assertThat(text(HeadlineCards.of(trialStage(expansion)), "headline-tiw-treatment-job-starts")).isEmpty();
    }

    @Test
    void theSustainmentRateSaysItsBaseIsNotThePeriodsReferrals() {
        Div[] cards = HeadlineCards.of(trialStage(TRIAL_STAGE));

        assertThat(text(cards, "headline-hf-referrals")).contains("<5");
        assertThat(text(cards, "headline-hf-sustainment")).contains("87.0%");
        assertThat(text(cards, "headline-hf-sustainment-base")).get().asString()
                .contains("reached 12 months in the period").contains("not the period's referrals");
    }

    @Test
    void thePlainWordsSayWhatAsAtAnIntervalAndTheFundingColumnsMean() {
        assertThat(ReportText.AS_AT).contains("at the end of that day").contains("recorded later");
        assertThat(ReportText.CONFIDENCE_INTERVALS).contains("95% confidence interval").contains("few people");
        assertThat(ReportText.DRAWN_DOWN_AND_OUTCOMES).contains("another period").contains("programme-to-date");
    }

    @Test
    void aPeriodIsEmptyWhenNothingHappenedInItEvenWithEnrolmentsLeftOpenFromBefore() {
        Dashboard trial = trialStage(TRIAL_STAGE);
        assertThat(ReportLoader.nothingHappened(trial)).isFalse();

        ThriveIntoWorkReport openButIdle = new ThriveIntoWorkReport(TRIAL_STAGE, Figure.of(412), Figure.of(0),
                null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
        HousingFirstReport quiet = new HousingFirstReport(TRIAL_STAGE, Figure.of(0), Figure.of(0), Figure.of(0),
                null, null, null, null, Map.of());
        Dashboard idle = new Dashboard(TRIAL_STAGE, openButIdle, quiet, trial.roughSleeping(), null, null, null);
        assertThat(ReportLoader.nothingHappened(idle)).isTrue();
        HousingFirstReport oneReferral = new HousingFirstReport(TRIAL_STAGE, Figure.suppressed(), Figure.of(0),
                Figure.of(0), null, null, null, null, Map.of());
        assertThat(ReportLoader.nothingHappened(new Dashboard(TRIAL_STAGE, openButIdle, oneReferral,
                trial.roughSleeping(), null, null, null))).as("a suppressed count is something").isFalse();
    }
}
