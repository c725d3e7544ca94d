package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

/**
 * The dashboard's headline figures, a card per pathway: each figure with its value, its count and base when it
 * is a rate, and what it counts ({@link FigureDefinition}); the Thrive into Work card says which arms it counts.
 * Element ids are {@code headline-<pathway>} for a card and {@code headline-<pathway>-<figure>} for a value.
 */
final class HeadlineCards {

    private HeadlineCards() {
    }

    /** The three pathways' cards of the dashboard. */
    static Div[] of(Dashboard dashboard) {
        ThriveIntoWorkReport tiw = dashboard.thriveIntoWork();
        HousingFirstReport hf = dashboard.housingFirst();
        RoughSleepingReport rsi = dashboard.roughSleeping();
        return new Div[] {
                card("tiw", Pathway.THRIVE_INTO_WORK,
                        armsCounted(dashboard.criteria()),
                        figure("headline-tiw-supported", "Participants supported", tiw.supported()),
                        figure("headline-tiw-job-starts", "Job starts", tiw.jobStarts()),
                        rate("headline-tiw-job-conversion", "Job conversion", tiw.jobConversion())),
                card("hf", Pathway.HOUSING_FIRST,
                        figure("headline-hf-referrals", "Referrals", hf.referrals()),
                        figure("headline-hf-accommodated", "Accommodated", hf.accommodated()),
                        rate("headline-hf-sustainment", "Tenancy sustainment at 12 months", hf.sustainedAt12Months())),
                card("rsi", Pathway.ROUGH_SLEEPING_INITIATIVE,
                        figure("headline-rsi-supported", "Supported", rsi.supported()),
                        figure("headline-rsi-moved-on", "Moved on", rsi.movedOn()))};
    }

    /** Which trial arms the Thrive into Work headline counts, by the funding stream the dashboard is narrowed to. */
    static Paragraph armsCounted(ReportCriteria criteria) {
        FundingStream stream = criteria.fundingStream();
        String text = stream == FundingStream.THRIVE_INTO_WORK_TRIAL
                ? "Trial-funded enrolments: both arms, treatment (IPS) and control (usual care)."
                : stream != null && stream.pathway() == Pathway.THRIVE_INTO_WORK
                ? "Enrolments outside the trial: everyone has IPS, nobody has an arm."
                : "All enrolments: both trial arms, treatment (IPS) and control (usual care), and enrolments outside "
                + "the trial (IPS, no arm).";
        Paragraph arms = new Paragraph(text);
        arms.setId("headline-tiw-arms");
        arms.addClassName("pathways-form-note");
        return arms;
    }

    private static Div card(String id, Pathway pathway, Component... figures) {
        Div card = new Div();
        card.setId("headline-" + id);
        card.addClassName("pathways-card");
        H3 title = new H3(pathway.label());
        card.add(title);
        card.add(figures);
        return card;
    }

    private static Div figure(String id, String label, Figure figure) {
        return figure(id, label, ReportText.count(figure), "", figure == null ? null : figure.definition());
    }

    private static Div rate(String id, String label, Rate rate) {
        Double percent = ReportText.shownPercent(rate);
        String detail = rate == null ? "" : ReportText.count(rate.numerator()) + " of "
                + ReportText.count(rate.denominator())
                + (percent == null ? "" : " · " + ReportText.interval(rate.ciLowPercent(), rate.ciHighPercent()));
        return figure(id, label, ReportText.percent(percent), detail, rate == null ? null : rate.definition());
    }

    private static Div figure(String id, String label, String value, String detail, String definition) {
        Div figure = new Div();
        figure.addClassName("pathways-figure");
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("pathways-figure-value");
        Span name = new Span(label);
        name.addClassName("pathways-figure-label");
        figure.add(name, number);
        if (!detail.isEmpty()) {
            Span more = new Span(detail);
            more.setId(id + "-detail");
            more.addClassName("pathways-figure-detail");
            figure.add(more);
        }
        FigureDefinition.of(id, definition).ifPresent(figure::add);
        return figure;
    }

}
