package uk.wmpathways.reporting.export;

import uk.wmpathways.reporting.api.Figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an exported report, the same in CSV and Excel: which part of the report it belongs to, what it
 * measures, which breakdown row it is (blank for a headline), the count (or amount) and its base as shown to
 * programme managers, and the percentage with its 95% confidence interval.
 */
public record ReportRow(String section,
                        String measure,
                        String breakdownKey,
                        String breakdown,
                        Shown value,
                        Shown base,
                        BigDecimal percent,
                        BigDecimal ciLow,
                        BigDecimal ciHigh) {

    /** Readable names; the code column says what it is for, since "Breakdown" beside it gives the words. */
    public static final java.util.List<String> HEADERS = java.util.List.of("Section", "Measure",
            "Breakdown code (the same in every export, for matching rows)", "Breakdown", "Count or amount", "Base",
            "Percent", "95% CI low", "95% CI high");

    /**
     * What a cell shows: a number, or text with no number behind it ("&lt;5" for a count from 1 to 4, "[c]" for
     * a count hidden only to protect another, "" for nothing). A suppressed count never carries its number.
     */
    public record Shown(BigDecimal number, String text) {

        public static final Shown NOTHING = new Shown(null, "");
        private static final Shown SUPPRESSED = new Shown(null, Figure.SUPPRESSED);
        private static final Shown CONFIDENTIAL = new Shown(null, Figure.CONFIDENTIAL);

        /**
         * A count as programme managers may see it. Counts from 1 to 4 are shown as "&lt;5" even if a report
         * forgot to suppress one: an export must never reveal a small number. A count hidden only to protect
         * another is "[c]", never "&lt;5".
         */
        public static Shown count(Figure figure) {
            if (figure == null) {
                return NOTHING;
            }
            if (figure.isSuppressed() && figure.isConfidential()) {
                return CONFIDENTIAL;
            }
            if (figure.isSuppressed() || figure.value() >= 1 && figure.value() <= 4) {
                return SUPPRESSED;
            }
            return new Shown(BigDecimal.valueOf(figure.value()), Long.toString(figure.value()));
        }

        /** An amount (pounds, days), as given. */
        public static Shown amount(BigDecimal amount) {
            return amount == null ? NOTHING : new Shown(amount, amount.toPlainString());
        }

        public static Shown amount(Long amount) {
            return amount == null ? NOTHING : amount(BigDecimal.valueOf(amount));
        }

        /** Days and other measured amounts, to one decimal place. */
        public static Shown amount(Double amount) {
            return amount == null || amount.isNaN() ? NOTHING : amount(oneDecimal(amount));
        }

        public boolean isSuppressed() {
            return number == null && (Figure.SUPPRESSED.equals(text) || Figure.CONFIDENTIAL.equals(text));
        }
    }

    /** Percentages and percentage points are shown to one decimal place, rounded half up. */
    public static BigDecimal oneDecimal(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null
                : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
