package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/**
 * A chart of rates with the same numbers as a table: "Show as table" swaps one for the other, for people who
 * use a screen reader or who want the exact counts. Element ids are {@code chart-<id>}, {@code table-<id>} and
 * {@code toggle-<id>}.
 */
class ChartPanel extends Div {

    private final Div chart = new Div();
    private final NativeTable table = new NativeTable();
    private final Button toggle = new Button("Show as table");
    private final Paragraph empty = new Paragraph("Nothing recorded for this period and area.");

    /**
     * @param withHeading false when the section around the panel already says what the chart shows (the title
     *                    still names the chart and captions its table)
     */
    ChartPanel(String id, String title, boolean withHeading, String categoryHeading, String countHeading,
               String baseHeading, String axisLabel, SvgBarChart.Orientation orientation, List<ChartRow> rows) {
        addClassName("pathways-chart-panel");
        setId(id);
        H3 heading = new H3(title);
        chart.setId("chart-" + id);
        chart.addClassName("pathways-chart-holder");
        table.setId("table-" + id);
        table.addClassName("pathways-report-table");
        table.setVisible(false);
        toggle.setId("toggle-" + id);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> showTable(!table.isVisible()));
        empty.addClassName("pathways-form-note");

        heading.setVisible(withHeading);
        if (rows.isEmpty()) {
            add(heading, empty);
            return;
        }
        SvgBarChart svg = new SvgBarChart("svg-" + id, title, axisLabel, "%",
                rows.stream().map(ChartRow::bar).toList());
        chart.add(new Svg(svg.svg(orientation)));
        fillTable(title, categoryHeading, countHeading, baseHeading, rows);
        add(heading, toggle, chart, table);
    }

    /** With a "What this counts" toggle under the title, saying what {@code definition} (a key) counts. */
    ChartPanel defined(String definition) {
        FigureDefinition.of(getId().orElseThrow(), definition)
                .ifPresent(toggle -> getElement().insertChild(1, toggle.getElement()));
        return this;
    }

    void showTable(boolean asTable) {
        table.setVisible(asTable);
        chart.setVisible(!asTable);
        toggle.setText(asTable ? "Show as chart" : "Show as table");
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(asTable));
    }

    private void fillTable(String title, String categoryHeading, String countHeading, String baseHeading,
                           List<ChartRow> rows) {
        table.setCaptionText(title);
        // the heading above already says it on screen; the caption names the table for screen readers
        table.getCaption().addClassName("pathways-visually-hidden");
        NativeTableHeader header = table.getHead();
        NativeTableRow headings = new NativeTableRow();
        for (String text : List.of(categoryHeading, countHeading, baseHeading, "Rate", "95% confidence interval")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        }
        header.add(headings);
        NativeTableBody body = table.getBody();
        for (ChartRow row : rows) {
            NativeTableRow line = new NativeTableRow();
            line.getElement().setAttribute("data-key", row.key());
            NativeTableHeaderCell category = new NativeTableHeaderCell(row.label());
            category.getElement().setAttribute("scope", "row");
            line.add(category, number(row.count()), number(row.base()), number(ReportText.percent(row.percent())),
                    new NativeTableCell(row.percent() == null ? "" : ReportText.percent(row.low()) + " to "
                            + ReportText.percent(row.high())));
            body.add(line);
        }
    }

    private static NativeTableCell number(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("pathways-number");
        return cell;
    }
}
