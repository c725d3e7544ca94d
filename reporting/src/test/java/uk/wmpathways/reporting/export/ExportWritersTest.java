package uk.wmpathways.reporting.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import uk.wmpathways.reporting.api.Definition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWritersTest {

    private static final ExportDescription DESCRIPTION = new ExportDescription("Thrive into Work outcomes",
            List.of(new ExportDescription.Line("Period", "01/05/2024 to 30/04/2025")),
            List.copyOf(Definition.glossary(Definition.Report.THRIVE_INTO_WORK).values()));

    static byte[] written(ExportFormat format, List<ReportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportExportWriter writer = ReportExportWriter.open(format, out, DESCRIPTION)) {
            writer.write(rows);
        }
        return out.toByteArray();
    }

    static List<List<String>> csvCells(byte[] csv) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        CSVFormat withComments = CSVFormat.RFC4180.builder().setCommentMarker('#').get();
        for (CSVRecord record : withComments.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            cells.add(record.toList());
        }
        return cells;
    }

    /** Each cell of the "Report" sheet as text; numbers in plain notation, so that they compare with the CSV. */
    static List<List<String>> excelCells(byte[] xlsx) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.findSheet(ExcelReportWriter.REPORT_SHEET).orElseThrow().read()) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < ReportRow.HEADERS.size(); column++) {
                    Cell cell = row.getOptionalCell(column).orElse(null);
                    values.add(cell == null || cell.getType() == CellType.EMPTY ? ""
                            : cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString()
                            : cell.getText());
                }
                cells.add(values);
            }
        }
        return cells;
    }

    private static List<List<String>> normalisedNumbers(List<List<String>> cells) {
        return cells.stream().map(row -> row.stream().map(cell -> {
            try {
                return new BigDecimal(cell).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException text) {
                return cell;
            }
        }).toList()).toList();
    }

    private static ReportRow textRow(String label) {
        return new ReportRow("Section", "Measure", "KEY", label, ReportRow.Shown.NOTHING, ReportRow.Shown.NOTHING,
                null, null, null);
    }

    @Test
    void csvHasAHeaderAndTheRowsAsShownToProgrammeManagers() throws IOException {
        List<List<String>> cells = csvCells(written(ExportFormat.CSV, ReportRows.of(SampleReports.thriveIntoWork())));

        assertThat(cells.get(0)).isEqualTo(ReportRow.HEADERS);
        assertThat(cells.get(3)).containsExactly("Thrive into Work", "Job conversion rate", "", "", "1015", "3700",
                "27.4", "26.0", "28.9");
        assertThat(cells).anySatisfy(row -> assertThat(row).containsSequence("WALSALL", "Walsall", "<5", "<5", "", "", ""));
    }

    @Test
    void excelHoldsTheSameCellsAsCsvWithCountsAsNumbersAndSuppressedCountsAsText() throws IOException {
        List<ReportRow> rows = ReportRows.of(SampleReports.thriveIntoWork());
        rows = new ArrayList<>(rows);
        rows.addAll(ReportRows.of(SampleReports.funding()));

        byte[] xlsx = written(ExportFormat.EXCEL, rows);
        List<List<String>> excel = excelCells(xlsx);
        List<List<String>> csv = csvCells(written(ExportFormat.CSV, rows));

        assertThat(excel).hasSize(rows.size() + 1);
        assertThat(excel).isEqualTo(normalisedNumbers(csv));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> sheet = workbook.findSheet(ExcelReportWriter.REPORT_SHEET).orElseThrow().read();
            Row conversion = sheet.get(3);
            assertThat(conversion.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(conversion.getCell(6).asNumber()).isEqualByComparingTo("27.4");
            Row walsall = sheet.stream().filter(r -> "WALSALL".equals(r.getCellText(2))).findFirst().orElseThrow();
            assertThat(walsall.getCell(4).getType()).isEqualTo(CellType.STRING);
            assertThat(walsall.getCellText(4)).isEqualTo("<5");
        }
    }

    @Test
    void csvStartsWithCommentLinesGivingTheTitleAndWhatEachFigureCounts() throws IOException {
        String csv = new String(written(ExportFormat.CSV, ReportRows.of(SampleReports.thriveIntoWork())),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).isEqualTo("# Thrive into Work outcomes");
        assertThat(lines).contains("# Job starts [tiw.job-starts]: " + Definition.TIW_JOB_STARTS.words());
        assertThat(lines.stream().takeWhile(line -> line.startsWith("#")).count())
                .isEqualTo(1 + Definition.glossary(Definition.Report.THRIVE_INTO_WORK).size());
        assertThat(lines.get((int) lines.stream().takeWhile(line -> line.startsWith("#")).count()))
                .startsWith("Section,Measure");
    }

    @Test
    void theAboutSheetSaysWhatEachFigureCounts() throws IOException {
        byte[] xlsx = written(ExportFormat.EXCEL, ReportRows.of(SampleReports.thriveIntoWork()));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> about = workbook.findSheet(ExcelReportWriter.ABOUT_SHEET).orElseThrow().read();
            assertThat(about).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("Job sustainment at 13 weeks");
                assertThat(row.getCellText(1)).isEqualTo(Definition.TIW_SUSTAINED_13.words());
            });
        }
    }

    @Test
    void theWorkbookSaysWhatItCoversOnAnAboutSheet() throws IOException {
        byte[] xlsx = written(ExportFormat.EXCEL, ReportRows.of(SampleReports.housingFirst()));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> about = workbook.findSheet(ExcelReportWriter.ABOUT_SHEET).orElseThrow().read();
            assertThat(about.get(0).getCellText(0)).isEqualTo("Thrive into Work outcomes");
            assertThat(about).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("Period");
                assertThat(row.getCellText(1)).isEqualTo("01/05/2024 to 30/04/2025");
            });
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralisedInCsvAndExcel() throws IOException {
        List<String> dangerous = List.of("=1+1", "+44 121", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
                "=HYPERLINK(\"http://example.invalid\",\"click\")");
        List<ReportRow> rows = new ArrayList<>(dangerous.stream().map(ExportWritersTest::textRow).toList());
        rows.add(new ReportRow("=Section", "-Measure", "@KEY", "Harmless - text", ReportRow.Shown.NOTHING,
                ReportRow.Shown.NOTHING, new BigDecimal("-2.5"), new BigDecimal("-6.1"), new BigDecimal("1.0")));

        for (List<List<String>> cells : List.of(csvCells(written(ExportFormat.CSV, rows)),
                excelCells(written(ExportFormat.EXCEL, rows)))) {
            for (int i = 0; i < dangerous.size(); i++) {
                assertThat(cells.get(i + 1).get(3)).isEqualTo("'" + dangerous.get(i));
            }
            List<String> last = cells.get(cells.size() - 1);
            assertThat(last.subList(0, 4)).containsExactly("'=Section", "'-Measure", "'@KEY", "Harmless - text");
            assertThat(new BigDecimal(last.get(6))).as("a negative number stays a number")
                    .isEqualByComparingTo("-2.5");
            assertThat(new BigDecimal(last.get(7))).isEqualByComparingTo("-6.1");
        }
    }

    @Test
    void aCellThatBeginsOtherwiseIsLeftAsItIs() {
        assertThat(SpreadsheetText.neutralised("Job conversion rate")).isEqualTo("Job conversion rate");
        assertThat(SpreadsheetText.neutralised("<5")).isEqualTo("<5");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isEmpty();
    }
}
