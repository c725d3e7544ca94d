package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's headline figures, a card per pathway: each figure with its value, its count and base when it
 * is a rate, and what it counts ({@link FigureDefinition}). The Thrive into Work card shows the treatment arm's
 * figures first (the ones the trial published: 710 into work, 30%), then the totals, each group under a line saying
 * whom it counts, so that nobody reads the two arms' total as the published rate.
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
        FundingStream stream = dashboard.criteria().fundingStream();
        Rate treatment = tiw.trialEffect() == null ? null : tiw.trialEffect().treatment();
        List<Component> tiwFigures = new ArrayList<>();
        tiwFigures.add(armsCounted(dashboard.criteria()));
        if (treatment != null && stream != FundingStream.THRIVE_INTO_WORK_EXPANSION) {
            tiwFigures.add(group("headline-tiw-treatment", TREATMENT_ARM,
                    figure("headline-tiw-treatment-job-starts", "Job starts", treatment.numerator()),
                    rate("headline-tiw-treatment-job-conversion", "Job conversion", treatment)));
        }
        tiwFigures.add(group("headline-tiw-counted", scope(stream),
                figure("headline-tiw-supported", "Participants supported", tiw.supported()),
                figure("headline-tiw-job-starts", "Job starts", tiw.jobStarts()),
                rate("headline-tiw-job-conversion", "Job conversion", tiw.jobConversion())));
        Div sustainment = rate("headline-hf-sustainment", "Tenancy sustainment at 12 months",
                hf.sustainedAt12Months());
        sustainment.add(note("headline-hf-sustainment-base", ReportText.SUSTAINMENT_BASE));
        return new Div[] {
                card("tiw", Pathway.THRIVE_INTO_WORK, tiwFigures.toArray(Component[]::new)),
                card("hf", Pathway.HOUSING_FIRST,
                        figure("headline-hf-referrals", "Referrals", hf.referrals()),
                        figure("headline-hf-accommodated", "Accommodated", hf.accommodated()),
                        sustainment),
                card("rsi", Pathway.ROUGH_SLEEPING_INITIATIVE,
                        figure("headline-rsi-supported", "Supported", rsi.supported()),
                        figure("headline-rsi-moved-on", "Moved on", rsi.movedOn()))};
    }

    static final String TREATMENT_ARM = "Treatment arm (IPS): the trial's published figures";

    /** Whom the Thrive into Work totals count, by the funding stream the dashboard is narrowed to. */
    static String scope(FundingStream stream) {
        return stream == FundingStream.THRIVE_INTO_WORK_TRIAL ? "Both trial arms: treatment and control"
                : stream != null && stream.pathway() == Pathway.THRIVE_INTO_WORK ? "Outside the trial (IPS, no arm)"
                : "Everyone: both trial arms and enrolments outside the trial";
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
        return note("headline-tiw-arms", text);
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("pathways-form-note");
        return note;
    }

    /** Figures that count the same people, under a line saying whom. */
    private static Div group(String id, String heading, Component... figures) {
        Div group = new Div();
        group.setId(id);
        group.addClassName("pathways-figure-group");
        H4 title = new H4(heading);
        title.setId(id + "-heading");
        title.addClassName("pathways-figure-group-heading");
        group.add(title);
        group.add(figures);
        return group;
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
