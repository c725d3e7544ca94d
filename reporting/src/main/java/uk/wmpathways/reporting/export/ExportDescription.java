package uk.wmpathways.reporting.export;

import java.util.List;

/**
 * What an export is: its title and the lines that say what it covers (period, as-at date, filters) and how to
 * read it. A workbook shows them on an "About" sheet; a CSV file holds only the rows, so that it stays a table.
 */
public record ExportDescription(String title, List<Line> lines) {

    public record Line(String label, String text) {
    }
}
