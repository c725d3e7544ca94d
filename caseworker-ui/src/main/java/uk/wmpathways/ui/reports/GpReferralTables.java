package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.GpReferralReport;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The GP referral figures on the dashboard, beside the other Thrive into Work figures: one line for all referrals,
 * the rejections by reason, and a table per referring practice and per local authority, with what each column
 * counts one click away ({@link FigureDefinition#glossary}).
 */
final class GpReferralTables {

    private static final List<String> COLUMNS = List.of("Received", "Accepted", "Rejected", "Cancelled",
            "Awaiting a decision", "Accepted and contacted", "Median days to first contact",
            "90th percentile of days to first contact");

    private GpReferralTables() {
    }

    static Component of(GpReferralReport report) {
        Div figures = new Div();
        figures.add(summary(report), rejectedByReason(report.rejectedByReason()));
        GpReferralReport.Line all = new GpReferralReport.Line("ALL", "All practices", report.received(),
                report.accepted(), report.rejected(), report.cancelled(), report.awaitingDecision(),
                report.firstContacted(), report.medianDaysToFirstContact(),
                report.ninetiethPercentileDaysToFirstContact());
        figures.add(table("table-gp-referrals-by-practice", "Referring practice (ODS code)",
                "GP referrals received in the period, by referring practice, and what had become of them",
                report.byPractice(), all));
        figures.add(table("table-gp-referrals-by-la", "Local authority",
                "The same referrals by the local authority of the accepted enrolment (not yet known until accepted)",
                report.byLocalAuthority(), all));
        figures.add(FigureDefinition.glossary("table-gp-referrals", Definition.Report.GP_REFERRALS));
        return figures;
    }

    private static Paragraph summary(GpReferralReport report) {
        Paragraph summary = new Paragraph("GP referrals received in the period: " + ReportText.count(report.received())
                + "; accepted " + ReportText.count(report.accepted()) + ", rejected "
                + ReportText.count(report.rejected()) + ", cancelled " + ReportText.count(report.cancelled())
                + ", awaiting a decision " + ReportText.count(report.awaitingDecision())
                + ". Days from referral received to first contact: median "
                + ReportText.days(report.medianDaysToFirstContact()) + ", 90th percentile "
                + ReportText.days(report.ninetiethPercentileDaysToFirstContact()) + ".");
        summary.setId("gp-referrals-summary");
        return summary;
    }

    private static Paragraph rejectedByReason(Breakdown byReason) {
        String reasons = byReason == null || byReason.rows() == null ? ReportText.NONE : byReason.rows().stream()
                .map(row -> row.label() + ": " + ReportText.count(row.count())).collect(Collectors.joining("; "));
        Paragraph paragraph = new Paragraph("Rejected, by reason: " + reasons + ".");
        paragraph.setId("gp-referrals-rejected-by-reason");
        paragraph.addClassName("pathways-form-note");
        return paragraph;
    }

    private static NativeTable table(String id, String heading, String caption, List<GpReferralReport.Line> lines,
                                     GpReferralReport.Line total) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("pathways-report-table");
        table.setCaptionText(caption);
        NativeTableRow headings = new NativeTableRow();
        headings.add(columnHeading(heading));
        COLUMNS.forEach(text -> headings.add(columnHeading(text)));
        table.getHead().add(headings);
        NativeTableBody body = table.getBody();
        for (GpReferralReport.Line line : lines == null ? List.<GpReferralReport.Line>of() : lines) {
            body.add(row(line));
        }
        body.add(row(total));
        return table;
    }

    private static NativeTableRow row(GpReferralReport.Line line) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-key", line.key());
        NativeTableHeaderCell name = new NativeTableHeaderCell(line.label());
        name.getElement().setAttribute("scope", "row");
        row.add(name, number(ReportText.count(line.received())), number(ReportText.count(line.accepted())),
                number(ReportText.count(line.rejected())), number(ReportText.count(line.cancelled())),
                number(ReportText.count(line.awaitingDecision())), number(ReportText.count(line.firstContacted())),
                number(ReportText.days(line.medianDaysToFirstContact())),
                number(ReportText.days(line.ninetiethPercentileDaysToFirstContact())));
        return row;
    }

    private static NativeTableHeaderCell columnHeading(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableCell number(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("pathways-number");
        return cell;
    }
}
