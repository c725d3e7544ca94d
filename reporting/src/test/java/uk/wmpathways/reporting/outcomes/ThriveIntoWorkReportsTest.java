package uk.wmpathways.reporting.outcomes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.export.ExportDescription;
import uk.wmpathways.reporting.export.ExportFormat;
import uk.wmpathways.reporting.export.ReportExportWriter;
import uk.wmpathways.reporting.export.ReportRow;
import uk.wmpathways.reporting.export.ReportRows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
    void enrolmentsOutsideTheTrialAreInNeitherArmEvenWithAnArmAllocatedBeforeThatRule() {
        people(56, TREATMENT, true);
        people(14, TREATMENT, false);
        people(48, CONTROL, true);
        people(32, CONTROL, false);
        for (int i = 0; i < 20; i++) {
            rows.add(History.thriveIntoWork("x" + i, "WORK-WELL", DUDLEY, FundingStream.THRIVE_INTO_WORK_EXPANSION,
                    LocalDate.of(2025, 2, 3), null).enrolled(LocalDate.of(2025, 2, 3))
                    .allocated(TREATMENT, LocalDate.of(2025, 2, 3)).row());
        }

        ThriveIntoWorkReport report = report();

        assertThat(report.supported().value()).as("everyone supported, in the trial or not").isEqualTo(170);
        assertThat(report.trialEffect().treatment().denominator().value()).isEqualTo(70);
        assertThat(report.trialEffect().treatment().percent()).isEqualTo(80.0);
        assertThat(report.trialEffect().differencePoints()).isEqualTo(20.0);
    }

    @Test
    void aSuppressedArmSuppressesTheOtherArmAndTheTrialEffect() {
        people(3, TREATMENT, true);
        people(10, TREATMENT, false);
        people(6, CONTROL, true);
        people(20, CONTROL, false);

        ThriveIntoWorkReport report = report();

        assertThat(report.byTrialArm().rows()).extracting(row -> row.count().shown()).containsExactly("<5", "[c]");
        assertThat(report.trialEffect().differencePoints()).isNull();
        assertThat(report.trialEffect().ciLowPoints()).isNull();
        assertThat(report.jobStarts().value()).isEqualTo(9);
    }

    @Test
    void anArmHiddenOnlyToProtectTheOtherIsConfidentialNeverFewerThanFiveInEveryOutput() throws IOException {
        people(3, TREATMENT, true);
        people(10, TREATMENT, false);
        people(7, CONTROL, true);
        people(20, CONTROL, false);

        ThriveIntoWorkReport report = report();

        // 7 people started work in the control arm: hidden so that the treatment arm's 3 cannot be worked out
        // from the total, it is confidential ("[c]"), not "<5", which would say 1 to 4.
        Figure control = report.byTrialArm().rows().get(1).count();
        assertThat(control.shown()).isEqualTo("[c]");
        assertThat(control.kind()).isEqualTo(Figure.Kind.CONFIDENTIAL);
        assertThat(control.value()).isNull();
        assertThat(report.trialEffect().control().numerator().shown()).isEqualTo("[c]");
        Figure treatment = report.byTrialArm().rows().get(0).count();
        assertThat(treatment.shown()).isEqualTo("<5");
        assertThat(treatment.kind()).isEqualTo(Figure.Kind.SMALL);

        List<ReportRow> rows = ReportRows.of(report);
        ReportRow controlRow = rows.stream().filter(row -> row.section().equals("Thrive into Work by trial arm")
                && row.breakdownKey().equals("CONTROL")).findFirst().orElseThrow();
        assertThat(controlRow.value()).isEqualTo(new ReportRow.Shown(null, "[c]"));
        assertThat(controlRow.percent()).isNull();
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.EXCEL)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportExportWriter writer = ReportExportWriter.open(format, out,
                    new ExportDescription("Thrive into Work outcomes", List.of()))) {
                writer.write(rows);
            }
            assertThat(cellsOf(format, out.toByteArray())).as(format.name())
                    .anySatisfy(row -> assertThat(row).containsSequence("CONTROL", "Control (usual care)", "[c]"))
                    .noneSatisfy(row -> assertThat(row).containsSequence("CONTROL", "Control (usual care)", "<5"));
        }
    }

    private static List<List<String>> cellsOf(ExportFormat format, byte[] bytes) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        if (format == ExportFormat.CSV) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                cells.add(record.toList());
            }
            return cells;
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < ReportRow.HEADERS.size(); column++) {
                    values.add(row.getOptionalCell(column).map(Cell::getText).orElse(""));
                }
                cells.add(values);
            }
        }
        return cells;
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
