package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.StepRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what is wrong with a command's fields, so that a caseworker sees every problem at once. The rules
 * themselves are the published ones ({@link StepRules} and each pathway's rules), which the forms use too.
 * Messages name the field and the rule, never the value given: values can be personal data.
 */
final class Problems {

    private final LocalDate today;
    private final LocalDate startedOn;
    private final String startedOnWords;
    private final List<FieldProblem> found = new ArrayList<>();

    /**
     * @param today          dates after it are in the future
     * @param startedOn      no step date may be before it (null when the enrolment is only starting)
     * @param startedOnWords what {@code startedOn} is, for messages ("the referral date")
     */
    Problems(LocalDate today, LocalDate startedOn, String startedOnWords) {
        this.today = today;
        this.startedOn = startedOn;
        this.startedOnWords = startedOnWords;
    }

    static void reject(String field, String message) {
        throw new InvalidCommandException(List.of(new FieldProblem(field, message)));
    }

    static void rejectIf(boolean broken, String field, String message) {
        if (broken) {
            reject(field, message);
        }
    }

    Problems check(String field, Optional<String> problem) {
        problem.ifPresent(message -> add(field, message));
        return this;
    }

    Problems add(String field, String message) {
        found.add(new FieldProblem(field, message));
        return this;
    }

    Problems addIf(boolean broken, String field, String message) {
        return broken ? add(field, message) : this;
    }

    Problems required(String field, Object value, String label) {
        return check(field, StepRules.required(label, value));
    }

    Problems text(String field, String value, String label, int maxLength) {
        return check(field, StepRules.text(label, value, maxLength));
    }

    Problems optionalText(String field, String value, String label, int maxLength) {
        return check(field, StepRules.optionalText(label, value, maxLength));
    }

    /** A date of a step: required, not in the future, not before the enrolment started. */
    Problems stepDate(String field, LocalDate date, String label) {
        return check(field, StepRules.stepDate(label, date, today, startedOn, startedOnWords));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidCommandException(found);
        }
    }
}
