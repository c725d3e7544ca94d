package uk.wmpathways.reporting.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * A Thrive into Work job: start, end (null while held), hours a week and the sustainment checks recorded
 * (weeks after the start, ascending).
 */
record Job(String id, LocalDate startedOn, LocalDate endedOn, BigDecimal hoursPerWeek, List<Integer> checkedWeeks) {

    /** The IPS convention: a job start is a paid job of at least 4 hours a week. */
    static final BigDecimal JOB_START_MIN_HOURS = BigDecimal.valueOf(4);

    boolean countsAsJobStart() {
        return hoursPerWeek != null && hoursPerWeek.compareTo(JOB_START_MIN_HOURS) >= 0;
    }

    Job corrected(LocalDate startedOn, BigDecimal hoursPerWeek) {
        return new Job(id, startedOn, endedOn, hoursPerWeek, checkedWeeks);
    }

    Job endedOn(LocalDate day) {
        return new Job(id, startedOn, day, hoursPerWeek, checkedWeeks);
    }

    Job checkedAt(int weeks) {
        TreeSet<Integer> checks = new TreeSet<>(checkedWeeks);
        checks.add(weeks);
        return new Job(id, startedOn, endedOn, hoursPerWeek, List.copyOf(checks));
    }

    /** Whether the job has reached {@code weeks} after its start by {@code day}. */
    boolean oldEnoughFor(int weeks, LocalDate day) {
        return !startedOn.plusWeeks(weeks).isAfter(day);
    }

    /**
     * Still in work {@code weeks} after the start. A job that ended did so on or after that day; a job that has
     * not ended counts only when a check for that many weeks (or more) was recorded, because a job nobody has
     * checked on may have ended without anyone recording it.
     */
    boolean sustainedFor(int weeks) {
        if (endedOn != null) {
            return !endedOn.isBefore(startedOn.plusWeeks(weeks));
        }
        return checkedWeeks.stream().anyMatch(checked -> checked >= weeks);
    }
}
