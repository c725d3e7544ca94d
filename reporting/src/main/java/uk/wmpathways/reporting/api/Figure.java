package uk.wmpathways.reporting.api;

/**
 * A count as a programme manager may see it: {@code value} is null when the count is suppressed (1 to 4, or a
 * count that would reveal one), and {@code shown} is what to display ("<5" when suppressed).
 */
public record Figure(Long value, String shown) {

    public static final String SUPPRESSED = "<5";

    public static Figure of(long value) {
        return new Figure(value, Long.toString(value));
    }

    public static Figure suppressed() {
        return new Figure(null, SUPPRESSED);
    }

    public boolean isSuppressed() {
        return value == null;
    }
}
