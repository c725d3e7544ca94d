package uk.wmpathways.caseservice.api.enrolment;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A job recorded on a Thrive into Work enrolment, with the sustainment checkpoints (weeks after its start)
 * recorded for it, and its hours a week and hourly pay (pounds) as last recorded (null when not known).
 */
public record Job(String id, String description, LocalDate startedOn, LocalDate endedOn, List<Integer> checksDone,
                  // As text in every store (snapshots, read models), so that each keeps them exactly as recorded.
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hoursPerWeek,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hourlyPay) {

    public Job {
        checksDone = checksDone == null ? List.of() : List.copyOf(new TreeSet<>(checksDone));
    }

    static Job started(JobStarted event) {
        return new Job(event.jobId(), event.jobTitle() + ", " + event.employer(), event.startedOn(), null, List.of(),
                event.hoursPerWeek(), event.hourlyPay());
    }

    public boolean isRunning() {
        return endedOn == null;
    }

    /** Checkpoints not recorded yet and later than every one recorded (an earlier one is then moot). */
    public List<Integer> outstandingChecks() {
        return Checkpoints.outstanding(ThriveIntoWorkRules.JOB_CHECK_WEEKS, checksDone);
    }

    Job corrected(JobStartCorrected event) {
        return new Job(id, description, event.startedOn(), endedOn, checksDone, event.hoursPerWeek(),
                event.hourlyPay());
    }

    Job checked(int weeksAfterStart) {
        SortedSet<Integer> done = new TreeSet<>(checksDone);
        done.add(weeksAfterStart);
        return new Job(id, description, startedOn, endedOn, List.copyOf(done), hoursPerWeek, hourlyPay);
    }

    Job ended(LocalDate on) {
        return new Job(id, description, startedOn, on, checksDone, hoursPerWeek, hourlyPay);
    }
}
