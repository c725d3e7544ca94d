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

    /** What is known of a job at a checkpoint (domain.md, "Job sustainment at 13 / 26 weeks"). */
    enum Sustainment { SUSTAINED, NOT_SUSTAINED, AWAITING_CHECK }

    /**
     * The job at {@code weeks} after its start. Sustained: a check at that checkpoint (or a later one) recorded
     * the person in work, or the job's recorded end is on or after the checkpoint (they were in it then; an ended
     * job takes no more checks). Not sustained: the job ended before the checkpoint (a check records only a job
     * still held, so this is the one way to record someone out of work). Otherwise awaiting a check: nothing is
     * assumed from silence.
     */
    Sustainment sustainmentAt(int weeks) {
        LocalDate checkpoint = startedOn.plusWeeks(weeks);
        if (endedOn != null && endedOn.isBefore(checkpoint)) {
            return Sustainment.NOT_SUSTAINED;
        }
        if (endedOn != null || checkedWeeks.stream().anyMatch(checked -> checked >= weeks)) {
            return Sustainment.SUSTAINED;
        }
        return Sustainment.AWAITING_CHECK;
    }
}
