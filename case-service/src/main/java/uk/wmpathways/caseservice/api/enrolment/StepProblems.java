package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what is wrong with a command's fields, so that a caseworker sees every problem at once. The rules
 * are the published ones ({@link StepRules} and each pathway's rules): the aggregate applies them with what it
 * knows of the enrolment; the REST API applies them on their own (no enrolment start date) to list a command's
 * problems beside those of a request it could not even turn into a command. Messages name the field and the
 * rule, never the value given: values can be personal data.
 */
public final class StepProblems {

    private final LocalDate today;
    private final LocalDate startedOn;
    private final String startedOnWords;
    private final List<FieldProblem> found = new ArrayList<>();

    /**
     * @param today          dates after it are in the future
     * @param startedOn      no step date may be before it (null when not known, or when the enrolment is only
     *                       starting)
     * @param startedOnWords what {@code startedOn} is, for messages ("the referral date")
     */
    public StepProblems(LocalDate today, LocalDate startedOn, String startedOnWords) {
        this.today = today;
        this.startedOn = startedOn;
        this.startedOnWords = startedOnWords;
    }

    public StepProblems check(String field, Optional<String> problem) {
        problem.ifPresent(message -> add(field, message));
        return this;
    }

    public StepProblems add(String field, String message) {
        found.add(new FieldProblem(field, message));
        return this;
    }

    public StepProblems addIf(boolean broken, String field, String message) {
        return broken ? add(field, message) : this;
    }

    public StepProblems required(String field, Object value, String label) {
        return check(field, StepRules.required(label, value));
    }

    public StepProblems text(String field, String value, String label, int maxLength) {
        return check(field, StepRules.text(label, value, maxLength));
    }

    public StepProblems optionalText(String field, String value, String label, int maxLength) {
        return check(field, StepRules.optionalText(label, value, maxLength));
    }

    /** A date of a step: required, not in the future, not before the enrolment started (when that is known). */
    public StepProblems stepDate(String field, LocalDate date, String label) {
        return check(field, StepRules.stepDate(label, date, today, startedOn, startedOnWords));
    }

    public List<FieldProblem> found() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidCommandException(found);
        }
    }
}
