package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.TrialEffect;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;

/**
 * Every figure of every report answer says what it counts: its field is in the answer's definitions, and a
 * figure object (count, rate, breakdown, trial effect) carries that definition's key, down to each breakdown row.
 */
class EveryFigureIsDefinedTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportCriteria CRITERIA = new ReportCriteria(FROM, TO, null, null, null, null);
    private static final ReportScope SCOPE = ReportScope.of(CRITERIA, TO);

    /** Fields that say what a report is about rather than figures. */
    private static final Set<String> NOT_FIGURES = Set.of("criteria", "definitions", "pathway", "measure", "lines",
            "fundingStream", "outcome");

    @Test
    void everyFieldOfEveryReportHasADefinitionAndEveryFigureCarriesItsKey() throws Exception {
        List<OutcomeRow> tiw = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tiw.add(History.inTrial("p" + i, "WORK-WELL", DUDLEY, i % 2 == 0 ? TrialArm.TREATMENT : TrialArm.CONTROL,
                    LocalDate.of(2025, 2, 3)).jobStarted("j" + i, LocalDate.of(2025, 4, 1), 16).row());
        }

        assertDefined(ThriveIntoWorkReports.of(CRITERIA, SCOPE, tiw, code -> code));
        assertDefined(HousingFirstReports.of(CRITERIA, SCOPE, List.of()));
        assertDefined(RoughSleepingReports.of(CRITERIA, SCOPE, List.of(), ids -> Map.of(), code -> code));
        assertDefined(EqualityReports.of(CRITERIA, SCOPE, Pathway.THRIVE_INTO_WORK, tiw));
        assertDefined(GpReferralReports.of(CRITERIA, SCOPE, List.of()));
        FundingReport funding = FundingReports.of(CRITERIA, SCOPE, Map.of(Pathway.THRIVE_INTO_WORK, tiw), List.of());
        for (FundingReport.Line line : funding.lines()) {
            assertFieldsDefined(line, funding.definitions());
        }
    }

    private static void assertDefined(Record report) throws Exception {
        Map<String, Definition.Text> definitions = definitionsOf(report);
        assertFieldsDefined(report, definitions);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Definition.Text> definitionsOf(Record report) throws Exception {
        return (Map<String, Definition.Text>) report.getClass().getMethod("definitions").invoke(report);
    }

    private static void assertFieldsDefined(Record record, Map<String, Definition.Text> definitions)
            throws Exception {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String field = component.getName();
            if (NOT_FIGURES.contains(field)) {
                continue;
            }
            assertThat(definitions).as(record.getClass().getSimpleName() + "." + field).containsKey(field);
            String key = definitions.get(field).key();
            assertThat(definitions.get(field).words()).isNotBlank();
            Object value = component.getAccessor().invoke(record);
            if (value instanceof Figure figure) {
                assertThat(figure.definition()).as(field).isEqualTo(key);
            } else if (value instanceof Rate rate) {
                assertThat(rate.definition()).as(field).isEqualTo(key);
                assertThat(rate.numerator().definition()).as(field + " numerator").isEqualTo(key);
            } else if (value instanceof Breakdown breakdown) {
                assertThat(breakdown.definition()).as(field).isEqualTo(key);
                breakdown.rows().forEach(row -> {
                    assertThat(row.count().definition()).as(field + " " + row.key()).isEqualTo(key);
                    assertThat(row.rate().definition()).as(field + " " + row.key()).isEqualTo(key);
                });
            } else if (value instanceof TrialEffect effect) {
                assertThat(effect.definition()).as(field).isEqualTo(key);
                assertThat(effect.treatment().definition()).isEqualTo(Definition.TIW_BY_TRIAL_ARM.key());
            }
        }
    }
}
