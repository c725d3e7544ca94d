package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;
import java.time.Period;

/** A Housing First tenancy: when it started and, once it has, when it ended. */
record Tenancy(String id, LocalDate startedOn, LocalDate endedOn) {

    Tenancy endedOn(LocalDate day) {
        return new Tenancy(id, startedOn, day);
    }

    /** Still running {@code months} after it started: it did not end before that day. */
    boolean runningAfter(int months) {
        return endedOn == null || !endedOn.isBefore(startedOn.plusMonths(months));
    }

    /** Not ended on or before {@code day}. */
    boolean runningOn(LocalDate day) {
        return endedOn == null || endedOn.isAfter(day);
    }

    /** Whole months it has lasted, to its end or to {@code day} if it was still running then. */
    int monthsLastedTo(LocalDate day) {
        LocalDate until = endedOn != null && endedOn.isBefore(day) ? endedOn : day;
        return until.isBefore(startedOn) ? 0 : (int) Period.between(startedOn, until).toTotalMonths();
    }
}
