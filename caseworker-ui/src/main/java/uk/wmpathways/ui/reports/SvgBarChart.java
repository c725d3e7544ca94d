package uk.wmpathways.ui.reports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A bar chart drawn on the server as SVG markup: one bar per category with its value written beside it, an
 * optional 95% confidence interval drawn as an error bar, and a value axis with labelled ticks. A category
 * without a value (suppressed, or nothing to divide by) draws no bar and shows its text ("&lt;5") instead.
 * The chart is an image to assistive technology ({@code role="img"}) with a title and a description that reads
 * out every value; the page offers the same numbers as a table too.
 */
public final class SvgBarChart {

    public enum Orientation {
        /** Categories down the side, bars to the right: for many categories or long names. */
        HORIZONTAL,
        /** Categories side by side, bars upwards: for a few categories compared with each other. */
        VERTICAL,
        /**
         * Each category's name above its bar, drawn narrow: for a chart in a column of a grid, where a wide chart
         * would be shrunk until its words were about 8 px high. Its text is 14 px at its own width, so at least
         * 12 px on the screen when the chart is shrunk to a phone's width.
         */
        STACKED
    }

    /**
     * One category: {@code value} is null when there is no bar to draw, and {@code shown} is then what to write
     * instead; {@code low}/{@code high} the 95% confidence interval, or null.
     */
    public record Bar(String key, String label, Double value, String shown, Double low, Double high) {

        boolean drawn() {
            return value != null && !value.isNaN();
        }

        boolean hasInterval() {
            return drawn() && low != null && high != null;
        }
    }

    private static final int HORIZONTAL_WIDTH = 720;
    private static final int LABEL_WIDTH = 180;
    private static final int VALUE_ROOM = 70;
    private static final int ROW_HEIGHT = 30;
    private static final int AXIS_ROOM = 44;
    private static final int TOP = 8;

    private static final int VERTICAL_WIDTH = 460;
    private static final int VERTICAL_HEIGHT = 300;
    private static final int LEFT_AXIS_ROOM = 56;
    private static final int BOTTOM_ROOM = 54;

    private static final int STACKED_WIDTH = 400;
    private static final int STACKED_ROW_HEIGHT = 46;
    private static final int STACKED_FONT = 14;

    private final String id;
    private final String title;
    private final String axisLabel;
    private final String unit;
    private final List<Bar> bars;

    /**
     * @param id        unique on the page (names the title and description for aria-labelledby)
     * @param axisLabel what the values are, e.g. "Job conversion rate (%)"
     * @param unit      written after each value, e.g. "%"
     */
    public SvgBarChart(String id, String title, String axisLabel, String unit, List<Bar> bars) {
        this.id = id;
        this.title = title;
        this.axisLabel = axisLabel;
        this.unit = unit;
        this.bars = List.copyOf(bars);
    }

    public String svg(Orientation orientation) {
        return switch (orientation) {
            case HORIZONTAL -> horizontal();
            case VERTICAL -> vertical();
            case STACKED -> stacked();
        };
    }

    /** What the chart shows, in words: every category and its value. */
    public String description() {
        if (bars.isEmpty()) {
            return title + ": nothing to show.";
        }
        return title + ": " + bars.stream().map(this::spoken).collect(Collectors.joining("; ")) + ".";
    }

    private String spoken(Bar bar) {
        if (!bar.drawn()) {
            return bar.label() + " " + ("<5".equals(bar.shown()) ? "fewer than 5"
                    : "[c]".equals(bar.shown()) ? "confidential" : bar.shown());
        }
        String value = bar.label() + " " + oneDecimal(bar.value()) + unit;
        return bar.hasInterval() ? value + " (95% confidence interval " + oneDecimal(bar.low()) + unit + " to "
                + oneDecimal(bar.high()) + unit + ")" : value;
    }

    /** The top of the value axis: a round number at or above every value and interval, at least 10. */
    double scaleMax() {
        double max = 0;
        for (Bar bar : bars) {
            if (bar.drawn()) {
                max = Math.max(max, bar.value());
            }
            if (bar.hasInterval()) {
                max = Math.max(max, bar.high());
            }
        }
        if (max <= 10) {
            return 10;
        }
        double step = max <= 50 ? 10 : max <= 100 ? 20 : Math.pow(10, Math.floor(Math.log10(max)));
        double top = Math.ceil(max / step) * step;
        return "%".equals(unit) && max <= 100 ? Math.min(top, 100) : top;
    }

    private String horizontal() {
        int labelWidth = labelWidth();
        int plotWidth = HORIZONTAL_WIDTH - LABEL_WIDTH - VALUE_ROOM;
        int height = TOP + Math.max(bars.size(), 1) * ROW_HEIGHT + AXIS_ROOM;
        double max = scaleMax();
        StringBuilder svg = open(labelWidth + plotWidth + VALUE_ROOM, height);
        int axisY = TOP + bars.size() * ROW_HEIGHT;
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double x = labelWidth + plotWidth * tick / 4.0;
            svg.append(line("pathways-chart-grid", x, TOP, x, axisY));
            svg.append(text("pathways-chart-tick", x, axisY + 16, "middle", number(value) + unit));
        }
        svg.append(text("pathways-chart-axis-label", labelWidth + plotWidth / 2.0, axisY + 36, "middle", axisLabel));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW_HEIGHT;
            double middle = y + ROW_HEIGHT / 2.0;
            svg.append(group(bar));
            svg.append(text("pathways-chart-label", labelWidth - 8, middle + 4, "end", bar.label()));
            double valueX = labelWidth + 6;
            if (bar.drawn()) {
                double width = plotWidth * clamp(bar.value() / max);
                svg.append(String.format(Locale.ROOT, "<rect class=\"pathways-bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\""
                                + " height=\"%d\" fill=\"#1676f3\"><title>%s</title></rect>",
                        labelWidth, y + 6, width, ROW_HEIGHT - 12, escape(spoken(bar))));
                valueX = labelWidth + width + 6;
                if (bar.hasInterval()) {
                    double low = labelWidth + plotWidth * clamp(bar.low() / max);
                    double high = labelWidth + plotWidth * clamp(bar.high() / max);
                    svg.append(line("pathways-error-bar", low, middle, high, middle));
                    svg.append(line("pathways-error-bar", low, middle - 6, low, middle + 6));
                    svg.append(line("pathways-error-bar", high, middle - 6, high, middle + 6));
                    valueX = Math.max(valueX, high + 6);
                }
            }
            svg.append(text("pathways-bar-value", valueX, middle + 4, "start", shown(bar)));
            svg.append("</g>");
        }
        svg.append(line("pathways-chart-axis", labelWidth, TOP, labelWidth, axisY));
        svg.append(line("pathways-chart-axis", labelWidth, axisY, labelWidth + plotWidth, axisY));
        return svg.append("</svg>").toString();
    }

    /** Room for the longest category name (12px text, about 6.5px a character), never less than the default. */
    private int labelWidth() {
        int longest = bars.stream().mapToInt(bar -> bar.label().length()).max().orElse(0);
        return Math.max(LABEL_WIDTH, 16 + (int) Math.ceil(longest * 6.5));
    }

    private String vertical() {
        int plotHeight = VERTICAL_HEIGHT - TOP - 16 - BOTTOM_ROOM;
        int plotWidth = VERTICAL_WIDTH - LEFT_AXIS_ROOM - 10;
        int plotTop = TOP + 16;
        int axisY = plotTop + plotHeight;
        double max = scaleMax();
        StringBuilder svg = open(VERTICAL_WIDTH, VERTICAL_HEIGHT);
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = axisY - plotHeight * tick / 4.0;
            svg.append(line("pathways-chart-grid", LEFT_AXIS_ROOM, y, LEFT_AXIS_ROOM + plotWidth, y));
            svg.append(text("pathways-chart-tick", LEFT_AXIS_ROOM - 6, y + 4, "end", number(value) + unit));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"pathways-chart-axis-label\" x=\"14\" y=\"%.1f\" "
                        + "text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\">%s</text>",
                plotTop + plotHeight / 2.0, plotTop + plotHeight / 2.0, escape(axisLabel)));
        double slot = plotWidth / (double) Math.max(bars.size(), 1);
        double barWidth = Math.min(90, slot * 0.5);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double centre = LEFT_AXIS_ROOM + slot * i + slot / 2;
            svg.append(group(bar));
            double valueY = axisY - 6;
            if (bar.drawn()) {
                double height = plotHeight * clamp(bar.value() / max);
                svg.append(String.format(Locale.ROOT, "<rect class=\"pathways-bar\" x=\"%.1f\" y=\"%.1f\" "
                                + "width=\"%.1f\" height=\"%.1f\" fill=\"#1676f3\"><title>%s</title></rect>",
                        centre - barWidth / 2, axisY - height, barWidth, height, escape(spoken(bar))));
                valueY = axisY - height - 6;
                if (bar.hasInterval()) {
                    double low = axisY - plotHeight * clamp(bar.low() / max);
                    double high = axisY - plotHeight * clamp(bar.high() / max);
                    svg.append(line("pathways-error-bar", centre, low, centre, high));
                    svg.append(line("pathways-error-bar", centre - 8, low, centre + 8, low));
                    svg.append(line("pathways-error-bar", centre - 8, high, centre + 8, high));
                    valueY = Math.min(valueY, high - 6);
                }
            }
            svg.append(text("pathways-bar-value", bar.drawn() ? centre + barWidth / 2 + 4 : centre,
                    bar.drawn() ? Math.max(valueY + 4, plotTop) : valueY, bar.drawn() ? "start" : "middle",
                    shown(bar)));
            svg.append(text("pathways-chart-label", centre, axisY + 18, "middle", bar.label()));
            svg.append("</g>");
        }
        svg.append(line("pathways-chart-axis", LEFT_AXIS_ROOM, plotTop, LEFT_AXIS_ROOM, axisY));
        svg.append(line("pathways-chart-axis", LEFT_AXIS_ROOM, axisY, LEFT_AXIS_ROOM + plotWidth, axisY));
        return svg.append("</svg>").toString();
    }

    private String stacked() {
        int left = 4;
        int plotWidth = STACKED_WIDTH - left - VALUE_ROOM;
        int height = TOP + Math.max(bars.size(), 1) * STACKED_ROW_HEIGHT + AXIS_ROOM;
        double max = scaleMax();
        StringBuilder svg = open(STACKED_WIDTH, height);
        int axisY = TOP + bars.size() * STACKED_ROW_HEIGHT;
        for (int tick = 0; tick <= 4; tick += 2) {
            double value = max * tick / 4;
            double x = left + plotWidth * tick / 4.0;
            svg.append(line("pathways-chart-grid", x, TOP, x, axisY));
            svg.append(text("pathways-chart-tick", x, axisY + 18, tick == 0 ? "start" : "middle",
                    number(value) + unit, STACKED_FONT));
        }
        svg.append(text("pathways-chart-axis-label", left + plotWidth / 2.0, axisY + 38, "middle", axisLabel,
                STACKED_FONT));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * STACKED_ROW_HEIGHT;
            double barTop = y + 20;
            double middle = barTop + 8;
            svg.append(group(bar));
            svg.append(text("pathways-chart-label", left, y + 15, "start", bar.label(), STACKED_FONT));
            double valueX = left + 6;
            if (bar.drawn()) {
                double width = plotWidth * clamp(bar.value() / max);
                svg.append(String.format(Locale.ROOT, "<rect class=\"pathways-bar\" x=\"%d\" y=\"%.1f\" "
                                + "width=\"%.1f\" height=\"16\" fill=\"#1676f3\"><title>%s</title></rect>",
                        left, barTop, width, escape(spoken(bar))));
                valueX = left + width + 6;
                if (bar.hasInterval()) {
                    double low = left + plotWidth * clamp(bar.low() / max);
                    double high = left + plotWidth * clamp(bar.high() / max);
                    svg.append(line("pathways-error-bar", low, middle, high, middle));
                    svg.append(line("pathways-error-bar", low, middle - 6, low, middle + 6));
                    svg.append(line("pathways-error-bar", high, middle - 6, high, middle + 6));
                    valueX = Math.max(valueX, high + 6);
                }
            }
            svg.append(text("pathways-bar-value", valueX, middle + 5, "start", shown(bar), STACKED_FONT));
            svg.append("</g>");
        }
        svg.append(line("pathways-chart-axis", left, TOP, left, axisY));
        svg.append(line("pathways-chart-axis", left, axisY, left + plotWidth, axisY));
        return svg.append("</svg>").toString();
    }

    private StringBuilder open(int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pathways-chart\" "
                        + "id=\"%s\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" role=\"img\" "
                        + "aria-labelledby=\"%s-title %s-desc\" aria-label=\"%s\">",
                escape(id), width, height, width, escape(id), escape(id), escape(description())));
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description())).append("</desc>");
        return svg;
    }

    private String group(Bar bar) {
        return "<g class=\"pathways-chart-bar\" data-key=\"" + escape(bar.key()) + "\" data-label=\""
                + escape(bar.label()) + "\" data-value=\"" + (bar.drawn() ? oneDecimal(bar.value()) : "") + "\">";
    }

    private String shown(Bar bar) {
        return bar.drawn() ? oneDecimal(bar.value()) + unit : bar.shown();
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    private static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cssClass, x1, y1, x2, y2);
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                cssClass, x, y, anchor, escape(content));
    }

    /** Text of its own size: set on the element, so that it wins over the page's 12 px for chart text. */
    private static String text(String cssClass, double x, double y, String anchor, String content, int fontSize) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" "
                + "style=\"font-size:%dpx\">%s</text>", cssClass, x, y, anchor, fontSize, escape(content));
    }

    /** A value as the tables show it too: one decimal place, rounded half up (26.7, 30.0). */
    static String oneDecimal(double value) {
        return ReportText.oneDecimal(value);
    }

    /** An axis tick: one decimal place, without a trailing ".0" for whole numbers (0, 2.5, 50). */
    static String number(double value) {
        String text = String.format(Locale.UK, "%,.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Text as it may appear inside SVG markup (element content or an attribute value). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
