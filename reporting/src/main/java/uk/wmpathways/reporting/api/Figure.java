package uk.wmpathways.reporting.api;

/**
 * A count as a programme manager may see it: {@code value} is null when the count is suppressed, and
 * {@code shown} is what to display: "<5" for a count from 1 to 4, "*" for a larger count withheld because it
 * would reveal one (a total minus it, or the base of a rate minus it, would be 1 to 4).
 */
public record Figure(Long value, String shown) {

    public static final String SUPPRESSED = "<5";

    public static Figure of(long value) {
        return new Figure(value, Long.toString(value));
    }

    public static final String WITHHELD = "*";

    public static Figure suppressed() {
        return new Figure(null, SUPPRESSED);
    }

    public static Figure withheld() {
        return new Figure(null, WITHHELD);
    }

    public boolean isSuppressed() {
        return value == null;
    }
}
