package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.enrolment.DueItem;

import java.time.LocalDate;

/** The due item a form was opened for, if any: which tenancy or job ({@code reference}) and which checkpoint date. */
record DueHint(String reference, LocalDate dueOn) {

    static DueHint of(DueItem item) {
        return new DueHint(item.reference(), item.dueOn());
    }
}
