package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** A Housing First tenancy, with the sustainment checkpoints (months after its start) recorded for it. */
public record Tenancy(String id, String property, LocalDate startedOn, LocalDate endedOn, List<Integer> checksDone) {

    public Tenancy {
        checksDone = checksDone == null ? List.of() : List.copyOf(new TreeSet<>(checksDone));
    }

    static Tenancy started(String id, String property, LocalDate startedOn) {
        return new Tenancy(id, property, startedOn, null, List.of());
    }

    public boolean isRunning() {
        return endedOn == null;
    }

    /** Checkpoints not recorded yet and later than every one recorded (an earlier one is then moot). */
    public List<Integer> outstandingChecks() {
        return Checkpoints.outstanding(HousingFirstRules.TENANCY_CHECK_MONTHS, checksDone);
    }

    Tenancy checked(int monthsAfterStart) {
        SortedSet<Integer> done = new TreeSet<>(checksDone);
        done.add(monthsAfterStart);
        return new Tenancy(id, property, startedOn, endedOn, List.copyOf(done));
    }

    Tenancy ended(LocalDate on) {
        return new Tenancy(id, property, startedOn, on, checksDone);
    }
}
