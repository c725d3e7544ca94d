package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;

import java.util.List;

/**
 * Refuses a command for a field that breaks a rule only the enrolment's record can tell (a date before the
 * job started, a check already recorded). The rules of the fields on their own are published, with
 * {@link uk.wmpathways.caseservice.api.enrolment.StepProblems}.
 */
final class Problems {

    private Problems() {
    }

    static void reject(String field, String message) {
        throw new InvalidCommandException(List.of(new FieldProblem(field, message)));
    }

    static void rejectIf(boolean broken, String field, String message) {
        if (broken) {
            reject(field, message);
        }
    }
}
