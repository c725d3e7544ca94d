package uk.wmpathways.ui.reports;

import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;

/**
 * One category of a chart and of its table: the count and base as shown, and the percentage with its 95%
 * confidence interval (null when there is none, or when it would reveal a suppressed count).
 */
record ChartRow(String key, String label, String count, String base, Double percent, Double low, Double high) {

    static ChartRow of(Breakdown.Row row) {
        return of(row.key(), row.label(), row.count(), row.base(), row.rate());
    }

    static ChartRow of(String key, String label, Figure count, Figure base, Rate rate) {
        Double percent = rate == null ? null : ReportText.shownPercent(new Rate(count, base, rate.percent(),
                rate.ciLowPercent(), rate.ciHighPercent()));
        return new ChartRow(key, label, ReportText.count(count), ReportText.count(base), percent,
                percent == null ? null : rate.ciLowPercent(), percent == null ? null : rate.ciHighPercent());
    }

    static ChartRow of(String key, String label, Rate rate) {
        return rate == null ? new ChartRow(key, label, ReportText.NONE, ReportText.NONE, null, null, null)
                : of(key, label, rate.numerator(), rate.denominator(), rate);
    }

    SvgBarChart.Bar bar() {
        String shown = Figure.SUPPRESSED.equals(count) || Figure.SUPPRESSED.equals(base) ? Figure.SUPPRESSED
                : Figure.CONFIDENTIAL.equals(count) || Figure.CONFIDENTIAL.equals(base) ? Figure.CONFIDENTIAL
                : ReportText.NONE;
        return new SvgBarChart.Bar(key, label, percent, shown, low, high);
    }
}
