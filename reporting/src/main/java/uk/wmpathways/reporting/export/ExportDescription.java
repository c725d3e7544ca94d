package uk.wmpathways.reporting.export;

import uk.wmpathways.reporting.api.Definition;

import java.util.List;

/**
 * What an export is: its title, the lines that say what it covers (period, as-at date, filters) and how to read
 * it, and the definition of each figure in it. A workbook shows them on an "About" sheet; a CSV file gives the
 * title and the definitions in comment lines ("#") before its header, so that it stays a table.
 */
public record ExportDescription(String title, List<Line> lines, List<Definition.Text> definitions) {

    public ExportDescription(String title, List<Line> lines) {
        this(title, lines, List.of());
    }

    public record Line(String label, String text) {
    }
}
