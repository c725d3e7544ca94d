package uk.wmpathways.reporting.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.wmpathways.reporting.api.Definition;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * An Excel workbook written as a stream (FastExcel): a "Report" sheet with the same rows as the CSV file, counts
 * and percentages as numbers, suppressed counts as the text "&lt;5" or "[c]"; and an "About" sheet that says what the
 * report covers and how to read it. Text cells are neutralised against formulas, as in CSV.
 */
final class ExcelReportWriter implements ReportExportWriter {

    static final String REPORT_SHEET = "Report";
    static final String ABOUT_SHEET = "About";
    private static final double[] WIDTHS = {34, 52, 22, 34, 16, 10, 10, 12, 12};

    private final Workbook workbook;
    private final Worksheet sheet;
    private final ExportDescription description;
    private int nextRow;

    ExcelReportWriter(OutputStream out, ExportDescription description) {
        this.workbook = new Workbook(out, "Pathways", "1.0");
        this.description = description;
        this.sheet = workbook.newWorksheet(REPORT_SHEET);
        List<String> headers = ReportRow.HEADERS;
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.width(column, WIDTHS[column]);
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDE7F0").set();
        sheet.freezePane(0, 1);
        nextRow = 1;
    }

    @Override
    public void write(List<ReportRow> rows) throws IOException {
        for (ReportRow row : rows) {
            int r = nextRow++;
            text(r, 0, row.section());
            text(r, 1, row.measure());
            text(r, 2, row.breakdownKey());
            text(r, 3, row.breakdown());
            shown(r, 4, row.value());
            shown(r, 5, row.base());
            percent(r, 6, row.percent());
            percent(r, 7, row.ciLow());
            percent(r, 8, row.ciHigh());
        }
        sheet.flush();
    }

    private void text(int row, int column, String text) {
        if (text != null && !text.isEmpty()) {
            sheet.value(row, column, SpreadsheetText.neutralised(text));
        }
    }

    private void shown(int row, int column, ReportRow.Shown shown) {
        if (shown.number() != null) {
            sheet.value(row, column, shown.number());
            int decimals = Math.max(shown.number().scale(), 0);
            sheet.style(row, column).format(decimals == 0 ? "#,##0" : decimals == 1 ? "#,##0.0" : "#,##0.00").set();
        } else {
            text(row, column, shown.text());
        }
    }

    private void percent(int row, int column, BigDecimal value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format("0.0").set();
        }
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        Worksheet about = workbook.newWorksheet(ABOUT_SHEET);
        about.width(0, 26);
        about.width(1, 100);
        about.value(0, 0, SpreadsheetText.neutralised(description.title()));
        about.style(0, 0).bold().fontSize(14).set();
        int r = 2;
        for (ExportDescription.Line line : description.lines()) {
            about.value(r, 0, SpreadsheetText.neutralised(line.label()));
            about.style(r, 0).bold().set();
            about.value(r, 1, SpreadsheetText.neutralised(line.text()));
            r++;
        }
        r++;
        about.value(r, 0, "What each figure counts");
        about.style(r, 0).bold().set();
        r++;
        for (Definition.Text definition : description.definitions()) {
            about.value(r, 0, SpreadsheetText.neutralised(definition.label()));
            about.style(r, 0).bold().wrapText(true).set();
            about.value(r, 1, SpreadsheetText.neutralised(definition.words()));
            about.style(r, 1).wrapText(true).set();
            r++;
        }
        about.finish();
        workbook.finish();
    }
}
