package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.EqualityReport;

import java.util.List;

/**
 * The equality breakdown of one pathway (chosen here) by ethnicity, sex, age band and disability. Its charts are
 * drawn narrow, so that their words stay readable in a column of the grid.
 */
final class EqualityPanel extends Div {

    private record Dimension(String id, String title, String heading, Breakdown breakdown) {
    }

    private final Select<Pathway> pathway = new Select<>();
    private final Div charts = new Div();

    /** @param chosen told when the person picks another pathway */
    EqualityPanel(Runnable chosen) {
        pathway.setId("equality-pathway");
        pathway.setLabel("Pathway");
        pathway.setItems(Pathway.THRIVE_INTO_WORK, Pathway.HOUSING_FIRST, Pathway.ROUGH_SLEEPING_INITIATIVE);
        pathway.setItemLabelGenerator(Pathway::label);
        pathway.setValue(Pathway.THRIVE_INTO_WORK);
        pathway.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                chosen.run();
            }
        });
        add(pathway, charts);
    }

    Pathway pathway() {
        return pathway.getValue();
    }

    void show(EqualityReport report) {
        charts.removeAll();
        Paragraph measure = new Paragraph(report.pathway().label() + ": " + report.measure() + ".");
        measure.setId("equality-measure");
        measure.addClassName("pathways-form-note");
        charts.add(measure);
        List<Dimension> dimensions = List.of(
                new Dimension("ethnicity", "By ethnicity", "Ethnic group", report.byEthnicity()),
                new Dimension("sex", "By sex", "Sex", report.bySex()),
                new Dimension("age-band", "By age band", "Age band", report.byAgeBand()),
                new Dimension("disability", "By disability", "Disability", report.byDisability()));
        Div grid = new Div();
        grid.addClassName("pathways-equality");
        for (Dimension dimension : dimensions) {
            Breakdown breakdown = dimension.breakdown();
            grid.add(new ChartPanel("equality-" + dimension.id(), dimension.title(), true, dimension.heading(),
                    "Count", "Base", report.measure() + " (%)", SvgBarChart.Orientation.STACKED,
                    ReportsView.rows(breakdown)).defined(breakdown == null ? null : breakdown.definition()));
        }
        charts.add(grid);
    }
}
