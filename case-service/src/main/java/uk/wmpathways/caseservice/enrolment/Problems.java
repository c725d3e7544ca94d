package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a command's fields, so that a caseworker sees every problem at once. Messages
 * name the field and the rule, never the value given: values can be personal data.
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

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding spaces; null when blank. */
    static String tidy(String text) {
        return isBlank(text) ? null : text.trim();
    }

    Problems add(String field, String message) {
        found.add(new FieldProblem(field, message));
        return this;
    }

    Problems addIf(boolean broken, String field, String message) {
        return broken ? add(field, message) : this;
    }

    Problems required(String field, Object value, String label) {
        boolean missing = value == null || value instanceof String text && text.isBlank();
        return addIf(missing, field, label + " is required");
    }

    Problems text(String field, String value, String label, int maxLength) {
        return isBlank(value) ? add(field, label + " is required") : optionalText(field, value, label, maxLength);
    }

    Problems optionalText(String field, String value, String label, int maxLength) {
        return addIf(!isBlank(value) && value.trim().length() > maxLength, field,
                label + " must be at most " + maxLength + " characters");
    }

    /** A date of a step: required, not in the future, not before the enrolment started. */
    Problems stepDate(String field, LocalDate date, String label) {
        if (date == null) {
            return add(field, label + " is required");
        }
        if (date.isAfter(today)) {
            return add(field, label + " cannot be in the future");
        }
        return addIf(startedOn != null && date.isBefore(startedOn), field,
                label + " cannot be before " + startedOnWords);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidCommandException(found);
        }
    }
}
