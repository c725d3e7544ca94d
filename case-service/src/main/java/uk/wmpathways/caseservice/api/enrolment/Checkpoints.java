package uk.wmpathways.caseservice.api.enrolment;

import java.util.List;

/** Sustainment checkpoints of a tenancy or a job. */
final class Checkpoints {

    private Checkpoints() {
    }

    /** Checkpoints not recorded yet and later than every one recorded (an earlier one is then moot). */
    static List<Integer> outstanding(List<Integer> checkpoints, List<Integer> done) {
        int latestDone = done.stream().mapToInt(Integer::intValue).max().orElse(0);
        return checkpoints.stream().filter(point -> point > latestDone).toList();
    }
}
