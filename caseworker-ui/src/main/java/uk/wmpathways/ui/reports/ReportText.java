package uk.wmpathways.ui.reports;

import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Report numbers as the dashboard writes them, the same in charts, tables and headlines: counts with thousands
 * separators ("3,700"), counts from 1 to 4 as "&lt;5", counts hidden only to protect another as "[c]"
 * (confidential), percentages to one decimal place rounded half up (as in
 * the exports), pounds with a "£".
 */
public final class ReportText {

    /** Shown where there is no number: nothing to divide by, or a rate that would reveal a suppressed count. */
    public static final String NONE = "–";

    /** What "as at" means, beside the as-at date and in the page's introduction. */
    public static final String AS_AT = "\"As at\" a date shows the figures as the system knew them at the end of "
            + "that day: anything recorded later, even about earlier events, is left out, so that a return sent then "
            + "can be reproduced. Left empty, the figures are as known now.";

    /** What a 95% confidence interval tells a reader, in one sentence. */
    public static final String CONFIDENCE_INTERVALS = "Each percentage has a 95% confidence interval: the range the "
            + "true rate very likely lies in, given how many people it is based on. A wide range means few people, so "
            + "compare such rates with care.";

    /** Why a tenancy sustainment rate can be shown when the period's referrals are "<5": its base is another. */
    public static final String SUSTAINMENT_BASE = "Counts tenancies that reached 12 months in the period (they "
            + "started a year earlier), not the period's referrals: so it can be shown when referrals are <5.";

    /** Why money drawn down in a period and outcomes in the same period do not pair up one to one. */
    public static final String DRAWN_DOWN_AND_OUTCOMES = "Money drawn down in a period often pays for work whose "
            + "outcomes fall in another period, so the cost per outcome of one period rises and falls with when "
            + "payments were made. The programme-to-date columns compare all the money with all the outcomes.";

    private ReportText() {
    }

    public static String count(Figure figure) {
        if (figure == null) {
            return NONE;
        }
        if (figure.isSuppressed() && figure.isConfidential()) {
            return Figure.CONFIDENTIAL;
        }
        if (figure.isSuppressed() || figure.value() >= 1 && figure.value() <= 4) {
            return Figure.SUPPRESSED;
        }
        return String.format(Locale.UK, "%,d", figure.value());
    }

    public static String oneDecimal(double value) {
        return String.format(Locale.UK, "%,.1f", rounded(value));
    }

    public static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    public static String percent(Double value) {
        return value == null || value.isNaN() ? NONE : oneDecimal(value) + "%";
    }

    /** "95% CI 26.0% to 28.9%", or "" when the rate has no interval. */
    public static String interval(Double low, Double high) {
        return low == null || high == null ? "" : "95% CI " + percent(low) + " to " + percent(high);
    }

    /** A rate's percentage, or none when a count behind it is suppressed (it would reveal the count). */
    public static Double shownPercent(Rate rate) {
        if (rate == null || hidden(count(rate.numerator())) || hidden(count(rate.denominator()))) {
            return null;
        }
        return rate.percent();
    }

    /** Whether a count as shown is a suppressed one ("&lt;5" or "[c]"). */
    public static boolean hidden(String shownCount) {
        return Figure.SUPPRESSED.equals(shownCount) || Figure.CONFIDENTIAL.equals(shownCount);
    }

    public static String pounds(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return whole ? String.format(Locale.UK, "£%,d", amount.setScale(0, RoundingMode.HALF_UP).longValueExact())
                : String.format(Locale.UK, "£%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String pounds(Long amount) {
        return amount == null ? NONE : pounds(BigDecimal.valueOf(amount));
    }

    public static String days(Double days) {
        return days == null || days.isNaN() ? NONE : oneDecimal(days) + " days";
    }
}
