package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;

/**
 * Something due on an enrolment, derived from its events. {@code reference} is the tenancy or job it is about
 * (null otherwise); {@code step} is the step that clears it.
 */
public record DueItem(Kind kind, LocalDate dueOn, String reference, Step step, String description) {

    public enum Kind {
        TENANCY_SUSTAINMENT_CHECK,
        FIRST_EMPLOYER_CONTACT,
        JOB_SUSTAINMENT_CHECK,
        NO_CONTACT
    }
}
