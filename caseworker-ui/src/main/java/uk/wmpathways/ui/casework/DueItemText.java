package uk.wmpathways.ui.casework;

import com.vaadin.flow.component.html.Span;
import uk.wmpathways.caseservice.api.enrolment.DueItem;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;

/** A due item in words, marked when it is overdue (its date has passed). */
public final class DueItemText {

    private DueItemText() {
    }

    public static boolean isOverdue(DueItem item, LocalDate today) {
        return item.dueOn().isBefore(today);
    }

    public static String text(DueItem item, LocalDate today) {
        String when = isOverdue(item, today) ? "Overdue since " + UkFormats.date(item.dueOn())
                : "Due " + UkFormats.date(item.dueOn());
        return when + ": " + item.description();
    }

    public static Span span(DueItem item, LocalDate today) {
        Span span = new Span(text(item, today));
        span.addClassName("pathways-due");
        if (isOverdue(item, today)) {
            span.addClassName("pathways-overdue");
        }
        return span;
    }
}
