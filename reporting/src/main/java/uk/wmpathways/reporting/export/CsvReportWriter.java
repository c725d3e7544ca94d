package uk.wmpathways.reporting.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.wmpathways.reporting.api.Definition;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8: comment lines ("# ...") with the title and the definition of each figure, a header line,
 * then one line per row; text cells are neutralised against formulas.
 */
final class CsvReportWriter implements ReportExportWriter {

    private final OutputStreamWriter writer;
    private final CSVPrinter printer;

    CsvReportWriter(OutputStream out, ExportDescription description) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setCommentMarker('#').get());
        printer.printComment(description.title());
        for (Definition.Text definition : description.definitions()) {
            printer.printComment(definition.label() + " [" + definition.key() + "]: " + definition.words());
        }
        printer.printRecord(ReportRow.HEADERS);
    }

    @Override
    public void write(List<ReportRow> rows) throws IOException {
        for (ReportRow row : rows) {
            printer.printRecord(text(row.section()), text(row.measure()), text(row.breakdownKey()),
                    text(row.breakdown()), shown(row.value()), shown(row.base()), number(row.percent()),
                    number(row.ciLow()), number(row.ciHigh()));
        }
        printer.flush();
    }

    private static String text(String text) {
        return SpreadsheetText.neutralised(text);
    }

    private static String shown(ReportRow.Shown shown) {
        return shown.number() != null ? shown.number().toPlainString() : text(shown.text());
    }

    private static String number(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
