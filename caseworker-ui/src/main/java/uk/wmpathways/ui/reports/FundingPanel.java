package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;

import java.util.List;
import java.util.Locale;

/** Funding drawn down against outcomes, per funding stream: in the period and programme to date. */
final class FundingPanel {

    private static final List<String> HEADINGS = List.of("Funding stream", "Allocation", "Drawn down in the period",
            "Outcomes in the period", "Cost per outcome in the period", "Drawn down, programme to date",
            "Outcomes, programme to date", "Cost per outcome, programme to date",
            "Fiscal benefit a year (the period's job starts)");

    private FundingPanel() {
    }

    static void show(Div panel, FundingReport report) {
        panel.removeAll();
        NativeTable table = new NativeTable();
        table.setId("table-funding");
        table.addClassName("pathways-report-table");
        table.setCaptionText("Funding drawn down against outcomes, per funding stream: in the period (drawdowns"
                + " dated in it over its outcomes) and programme to date (everything drawn down over every outcome,"
                + " up to the period's end)");
        NativeTableRow headings = new NativeTableRow();
        for (String text : HEADINGS) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        }
        table.getHead().add(headings);
        NativeTableBody body = table.getBody();
        for (FundingReport.Line line : report.lines() == null ? List.<FundingReport.Line>of() : report.lines()) {
            body.add(row(line));
        }
        Paragraph timing = new Paragraph(ReportText.DRAWN_DOWN_AND_OUTCOMES);
        timing.setId("funding-timing");
        timing.addClassName("pathways-form-note");
        panel.add(timing, table, FigureDefinition.glossary("table-funding", Definition.Report.FUNDING));
    }

    private static NativeTableRow row(FundingReport.Line line) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-key", line.fundingStream().name());
        NativeTableHeaderCell stream = new NativeTableHeaderCell(line.fundingStream().label());
        stream.getElement().setAttribute("scope", "row");
        String outcomeName = " " + line.outcome().toLowerCase(Locale.UK);
        String outcomes = ReportText.count(line.outcomes());
        String outcomesToDate = line.outcomesToDate() == null ? ReportText.NONE
                : ReportText.count(line.outcomesToDate());
        row.add(stream, number(ReportText.pounds(line.fundingStream().allocationPounds())),
                number(ReportText.pounds(line.drawnDownPounds())),
                number(outcomes + outcomeName),
                number(outcomes.equals(Figure.SUPPRESSED) ? ReportText.NONE
                        : ReportText.pounds(line.costPerOutcomePounds())),
                number(ReportText.pounds(line.drawnDownToDatePounds())),
                number(line.outcomesToDate() == null ? ReportText.NONE : outcomesToDate + outcomeName),
                number(line.outcomesToDate() == null || outcomesToDate.equals(Figure.SUPPRESSED) ? ReportText.NONE
                        : ReportText.pounds(line.costPerOutcomeToDatePounds())),
                number(line.fiscalBenefitPounds() == null ? ReportText.NONE
                        : ReportText.pounds(line.fiscalBenefitPounds())));
        return row;
    }

    static NativeTableCell number(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("pathways-number");
        return cell;
    }
}
