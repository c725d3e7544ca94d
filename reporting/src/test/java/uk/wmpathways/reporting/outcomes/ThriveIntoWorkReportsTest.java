package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.CONTROL;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

class ThriveIntoWorkReportsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportCriteria CRITERIA = new ReportCriteria(FROM, TO, null, null, null, null);

    private final List<OutcomeRow> rows = new ArrayList<>();

    private void people(int count, TrialArm arm, boolean withJob) {
        for (int i = 0; i < count; i++) {
            History history = History.inTrial("p" + rows.size(), "WORK-WELL", DUDLEY, arm, LocalDate.of(2025, 2, 3));
            if (withJob) {
                history.jobStarted("j" + rows.size(), LocalDate.of(2025, 4, 1), 16);
            }
            rows.add(history.row());
        }
    }

    private ThriveIntoWorkReport report() {
        return ThriveIntoWorkReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), rows, code -> "Name of " + code);
    }

    @Test
    void theTrialEffectIsTreatmentMinusControlConversionWithNewcombesInterval() {
        people(56, TREATMENT, true);
        people(14, TREATMENT, false);
        people(48, CONTROL, true);
        people(32, CONTROL, false);

        ThriveIntoWorkReport report = report();

        assertThat(report.supported().value()).isEqualTo(150);
        assertThat(report.jobStarts().value()).isEqualTo(104);
        assertThat(report.jobConversion().percent()).isEqualTo(69.3);
        assertThat(report.trialEffect().treatment().percent()).isEqualTo(80.0);
        assertThat(report.trialEffect().control().percent()).isEqualTo(60.0);
        assertThat(report.trialEffect().differencePoints()).isEqualTo(20.0);
        assertThat(report.trialEffect().ciLowPoints()).isEqualTo(5.2);
        assertThat(report.trialEffect().ciHighPoints()).isEqualTo(33.4);
        assertThat(report.trialEffect().method()).contains("Newcombe", "hybrid score", "method 10");
        assertThat(report.fiscalBenefitPounds()).isEqualTo(104 * 12_035L);
        assertThat(report.byProvider().rows()).extracting(row -> row.label()).containsExactly("Name of WORK-WELL");
    }

    @Test
    void aSuppressedArmSuppressesTheOtherArmAndTheTrialEffect() {
        people(3, TREATMENT, true);
        people(10, TREATMENT, false);
        people(6, CONTROL, true);
        people(20, CONTROL, false);

        ThriveIntoWorkReport report = report();

        assertThat(report.byTrialArm().rows()).extracting(row -> row.count().shown()).containsExactly("<5", "<5");
        assertThat(report.trialEffect().differencePoints()).isNull();
        assertThat(report.trialEffect().ciLowPoints()).isNull();
        assertThat(report.jobStarts().value()).isEqualTo(9);
    }

    @Test
    void threeJobStartsAreShownAsFewerThanFiveWithoutARateOrFiscalBenefit() {
        people(3, TREATMENT, true);
        people(30, TREATMENT, false);

        ThriveIntoWorkReport report = report();

        assertThat(report.jobStarts().shown()).isEqualTo("<5");
        assertThat(report.jobConversion().numerator().isSuppressed()).isTrue();
        assertThat(report.jobConversion().percent()).isNull();
        assertThat(report.fiscalBenefitPounds()).isNull();
        assertThat(report.supported().value()).isEqualTo(33);
    }
}
