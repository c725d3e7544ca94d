package uk.wmpathways.reporting.api;

/**
 * A count as a programme manager may see it: {@code value} is null when the count is suppressed, {@code shown}
 * is what to display and {@code kind} says why (so that every output can tell them apart):
 * <ul>
 *   <li>{@link Kind#SHOWN}: the count itself;</li>
 *   <li>{@link Kind#SMALL}: "&lt;5", a count from 1 to 4;</li>
 *   <li>{@link Kind#CONFIDENTIAL}: "[c]", a count hidden only to protect another (secondary suppression: a
 *   total minus it, or the base of a rate minus it, would reveal a count from 1 to 4). It says nothing about
 *   its size, and is usually 5 or more: it is never shown as "&lt;5", which would say 1 to 4.</li>
 * </ul>
 * {@code definition} is the key of what the figure counts ({@link Definition}); null for a figure built alone.
 */
public record Figure(Long value, String shown, Kind kind, String definition) {

    public enum Kind { SHOWN, SMALL, CONFIDENTIAL }

    public static final String SUPPRESSED = "<5";

    public static final String CONFIDENTIAL = "[c]";

    /** The legend of the two markers, for every output that shows suppressed figures. */
    public static final String LEGEND = SUPPRESSED + ": a count from 1 to 4. " + CONFIDENTIAL
            + ": confidential, a figure hidden only so that a count from 1 to 4 cannot be worked out from it "
            + "(any number, 0 included, but never shown as <5; a breakdown of fewer than 10 people is all "
            + CONFIDENTIAL + "). Equality breakdowns are rounded to the nearest 5.";

    public Figure {
        if (kind == null) {
            kind = value != null ? Kind.SHOWN : SUPPRESSED.equals(shown) ? Kind.SMALL : Kind.CONFIDENTIAL;
        }
    }

    public Figure(Long value, String shown, Kind kind) {
        this(value, shown, kind, null);
    }

    /** The same figure, saying what it counts. */
    public Figure definedAs(Definition what) {
        return new Figure(value, shown, kind, what.key());
    }

    public static Figure of(long value) {
        return new Figure(value, Long.toString(value), Kind.SHOWN);
    }

    /** A count from 1 to 4: "&lt;5". */
    public static Figure suppressed() {
        return new Figure(null, SUPPRESSED, Kind.SMALL);
    }

    /** A count hidden only to protect another: "[c]". */
    public static Figure confidential() {
        return new Figure(null, CONFIDENTIAL, Kind.CONFIDENTIAL);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    public boolean isConfidential() {
        return kind == Kind.CONFIDENTIAL;
    }
}
