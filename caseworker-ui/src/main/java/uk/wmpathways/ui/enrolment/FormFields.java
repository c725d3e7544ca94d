package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.date.DateField;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The fields casework forms are made of, set up the same way everywhere. */
final class FormFields {

    static final int SHORT_TEXT = StepRules.MAX_TEXT_LENGTH;
    static final int REASON_TEXT = StepRules.MAX_REASON_LENGTH;

    private FormFields() {
    }

    /**
     * A step's date, today to start with. Its limits (not in the future, not before {@code earliest}) are the
     * form's checks, which say what is wrong: see {@link CommandDialog#dateField}.
     */
    static DateField date(String label, LocalDate today) {
        DateField field = new DateField(label);
        field.setRequiredIndicatorVisible(true);
        field.setValue(today);
        return field;
    }

    static String notBeforeMessage(LocalDate earliest, String earliestWhat) {
        return earliest == null ? "" : "The date cannot be before " + earliestWhat + " (" + UkFormats.date(earliest) + ")";
    }

    static <T> Select<T> choice(String label, List<T> items, Function<T, String> itemLabel) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? "" : itemLabel.apply(item));
        select.setPlaceholder("Choose");
        select.setRequiredIndicatorVisible(true);
        return select;
    }

    static RadioButtonGroup<Boolean> yesNo(String label, String yes, String no) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(label);
        group.setItems(true, false);
        group.setItemLabelGenerator(answer -> answer ? yes : no);
        group.setRequiredIndicatorVisible(true);
        return group;
    }

    static TextField text(String label, int maxLength) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        return field;
    }

    static TextArea longText(String label, int maxLength) {
        TextArea area = new TextArea(label);
        area.setMaxLength(maxLength);
        area.setHelperText("Up to " + maxLength + " characters");
        return area;
    }

    /**
     * A published field rule (of the api: {@code StepRules}, each pathway's rules) as a form's check: the message
     * beside the field is the rule's own, the sentence the REST API and the enrolment give.
     */
    static <T> Validator<T> rule(Function<T, Optional<String>> rule) {
        return (value, context) -> rule.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
