package uk.wmpathways.reporting.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes report rows as they are produced, so that an export of several reports goes out report by report
 * instead of being held whole in memory. {@link #close()} ends the file but leaves the stream open for its
 * owner to close.
 */
public interface ReportExportWriter extends Closeable {

    void write(List<ReportRow> rows) throws IOException;

    static ReportExportWriter open(ExportFormat format, OutputStream out, ExportDescription description)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvReportWriter(out, description);
            case EXCEL -> new ExcelReportWriter(out, description);
            case JSON -> throw new IllegalArgumentException("JSON is not written row by row");
        };
    }
}
