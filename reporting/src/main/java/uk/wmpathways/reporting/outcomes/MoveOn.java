package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;

import java.time.LocalDate;

/** A Rough Sleeping Initiative move-on. */
record MoveOn(LocalDate on, MoveOnKind kind, boolean intendedToLastSixMonthsOrMore) {

    /** A move-on as the "moved on" measure counts it: to settled accommodation intended to last 6 months or more. */
    boolean toSettledAccommodation() {
        return kind == MoveOnKind.SETTLED_ACCOMMODATION && intendedToLastSixMonthsOrMore;
    }
}
