package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.TrialEffect;

import java.util.List;

/** The Thrive into Work trial: each arm's job conversion rate with its interval, and the trial effect in words. */
final class TrialPanel {

    private TrialPanel() {
    }

    static void show(Div panel, TrialEffect effect) {
        panel.removeAll();
        if (effect == null) {
            panel.add(new Paragraph("No trial figures for this period and area."));
            return;
        }
        List<ChartRow> arms = List.of(ChartRow.of("TREATMENT", "Treatment (IPS)", effect.treatment()),
                ChartRow.of("CONTROL", "Control (usual care)", effect.control()));
        panel.add(new ChartPanel("trial-arms", "Job conversion rate by trial arm", true, "Trial arm", "Job starts",
                "Supported", "Job conversion rate (%)", SvgBarChart.Orientation.VERTICAL, arms)
                .defined(Definition.TIW_BY_TRIAL_ARM.key()));
        Paragraph text = new Paragraph(trialEffectText(effect));
        text.setId("trial-effect");
        text.addClassName("pathways-trial-effect");
        panel.add(text);
    }

    static String trialEffectText(TrialEffect effect) {
        if (effect.differencePoints() == null) {
            return "Trial effect: not shown (too few people in an arm, or nothing to compare).";
        }
        String sign = ReportText.rounded(effect.differencePoints()).signum() > 0 ? "+" : "";
        boolean interval = effect.ciLowPoints() != null && effect.ciHighPoints() != null;
        String range = !interval ? ""
                : " (95% CI " + ReportText.oneDecimal(effect.ciLowPoints()) + " to "
                + ReportText.oneDecimal(effect.ciHighPoints()) + " points"
                + (effect.method() == null ? "" : "; " + effect.method()) + ")";
        String meaning = !interval ? ""
                : " The true difference very likely lies between " + ReportText.oneDecimal(effect.ciLowPoints())
                + " and " + ReportText.oneDecimal(effect.ciHighPoints()) + " points"
                + (effect.ciLowPoints() > 0 ? ": the treatment arm did better."
                : effect.ciHighPoints() < 0 ? ": the control arm did better."
                : ": it could be no difference at all.");
        return "Trial effect, treatment minus control: " + sign + ReportText.oneDecimal(effect.differencePoints())
                + " percentage points" + range + "." + meaning;
    }
}
