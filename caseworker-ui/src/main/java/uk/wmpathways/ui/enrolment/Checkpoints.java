package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Sustainment checkpoints (months after a tenancy starts, weeks after a job starts) as forms offer them. */
final class Checkpoints {

    private Checkpoints() {
    }

    /**
     * The checkpoint a form opens with: the one of the due item it was opened for; otherwise the latest one
     * already reached (recording it makes earlier ones moot); otherwise the first.
     */
    static Integer preselect(List<Integer> outstanding, Function<Integer, LocalDate> dateOf, LocalDate today,
                             DueHint hint) {
        if (outstanding.isEmpty()) {
            return null;
        }
        if (hint != null && hint.dueOn() != null) {
            for (Integer point : outstanding) {
                if (dateOf.apply(point).equals(hint.dueOn())) {
                    return point;
                }
            }
        }
        Integer reached = null;
        for (Integer point : outstanding) {
            if (!dateOf.apply(point).isAfter(today)) {
                reached = point;
            }
        }
        return reached != null ? reached : outstanding.get(0);
    }

    /** A check is dated on or after its checkpoint. */
    static Validator<LocalDate> notBeforeCheckpoint(Select<Integer> checkpoint, Function<Integer, LocalDate> dateOf) {
        return (date, context) -> {
            if (date == null || checkpoint.getValue() == null) {
                return ValidationResult.ok();
            }
            LocalDate from = dateOf.apply(checkpoint.getValue());
            return date.isBefore(from)
                    ? ValidationResult.error("This check can be recorded from " + UkFormats.date(from))
                    : ValidationResult.ok();
        };
    }
}
