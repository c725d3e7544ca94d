package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.ui.date.DateField;
import uk.wmpathways.caseservice.api.consent.ConsentAlreadyWithdrawnException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.UnknownConsentException;
import uk.wmpathways.caseservice.api.organisation.OrganisationUnavailableException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A form in a dialog that sends one command. Fields are checked as they are filled in; what the server still
 * rejects is shown on the field it concerns (fields carry the names the command gives them), or above the
 * fields. Each opening of the form has its own request id, so that sending it twice (a double click, a retry)
 * records once.
 */
abstract class CommandDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(CommandDialog.class);

    protected final FormServices services;
    /** The signed-in person, read when the form opens (the answer may arrive on another thread). */
    protected final String recordedBy;
    protected final LocalDate today;
    protected final String requestId = UUID.randomUUID().toString();
    protected final Button save;
    protected final Button cancel = new Button("Cancel", e -> close());
    private final Binder<Object> binder = new Binder<>();
    private final FormLayout form = new FormLayout();
    private final Map<String, Component> fieldsByName = new HashMap<>();
    private final List<Component> fieldsInOrder = new ArrayList<>();
    private final Div problem = new Div();

    protected CommandDialog(FormServices services, String title, String saveLabel) {
        this.services = services;
        this.recordedBy = services.directory().me();
        this.today = LocalDate.now(services.clock());
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(680px, 95vw)");
        problem.setId("form-problem");
        problem.addClassName("pathways-form-problem");
        problem.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(problem, form);
        save = new Button(saveLabel, e -> submit());
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        cancel.setId("form-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                focusFirstField();
            }
        });
    }

    /** The command, made from fields that passed their checks. */
    protected abstract Object command();

    /** Called once the command was accepted, on whichever thread answered; use {@code ui.access} to show anything. */
    protected abstract void accepted(Object result, UI ui);

    /**
     * Adds a field under the name the command gives it (also its element id, in kebab case) and returns its
     * checks to be completed and ended with {@link #check}.
     */
    protected <V, F extends Component & HasValue<?, V>> Binder.BindingBuilder<Object, V> field(String name, F field) {
        field.setId(idOf(name));
        fieldsByName.put(name, field);
        fieldsInOrder.add(field);
        form.add(field);
        return binder.forField(field);
    }

    /** Ends a field's checks: the form has no bean, the command is made from the fields themselves. */
    protected static <V> void check(Binder.BindingBuilder<Object, V> checks) {
        checks.bind(form -> null, (form, value) -> { });
    }

    /** A date field that must be given, not in the future and not before {@code earliest} (when not null). */
    protected DateField dateField(String name, String label, LocalDate earliest, String earliestWhat) {
        return dateField(name, label, earliest, earliestWhat, (date, context) -> ValidationResult.ok());
    }

    /** A date field as above, with a further rule of the step's own. */
    protected DateField dateField(String name, String label, LocalDate earliest, String earliestWhat,
                                  Validator<LocalDate> stepRule) {
        DateField picker = FormFields.date(label, today);
        check(field(name, picker)
                .asRequired("Enter the date as DD/MM/YYYY")
                .withValidator(date -> !date.isAfter(today), "The date cannot be in the future")
                .withValidator(date -> earliest == null || !date.isBefore(earliest),
                        FormFields.notBeforeMessage(earliest, earliestWhat))
                .withValidator(stepRule));
        return picker;
    }

    /** Words across the form: what the step does, what follows from it. */
    protected Paragraph explain(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pathways-form-note");
        form.add(paragraph);
        form.setColspan(paragraph, 2);
        return paragraph;
    }

    protected void fullWidth(Component field) {
        form.setColspan(field, 2);
    }

    protected void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Nothing more can be sent from this opening of the form. */
    protected void finished() {
        save.setVisible(false);
        cancel.setText("Close");
    }

    /** Where a keyboard or screen reader user starts: the first field they can fill in (WCAG 2.4.3). */
    private void focusFirstField() {
        fieldsInOrder.stream()
                .filter(field -> field.isVisible() && field instanceof Focusable<?>
                        && !(field instanceof HasValue<?, ?> value && value.isReadOnly())
                        && !(field instanceof HasEnabled enabled && !enabled.isEnabled()))
                .findFirst()
                // after the dialog's own focus trap has placed the focus on opening
                .ifPresent(field -> field.getElement().executeJs(
                        "setTimeout(() => (this.querySelector('input, textarea') || this).focus(), 0)"));
    }

    private void submit() {
        problem.setVisible(false);
        if (!binder.validate().isOk()) {
            save.setEnabled(true);
            return;
        }
        Object command = command();
        UI ui = UI.getCurrent();
        services.commands().send(command).whenComplete((result, failure) -> {
            if (failure != null) {
                ui.access(() -> {
                    save.setEnabled(true);
                    rejected(Rejections.cause(failure));
                });
            } else {
                accepted(result, ui);
            }
        });
    }

    /** Shows why nothing was recorded. Runs on the UI thread. */
    protected void rejected(Throwable cause) {
        if (cause instanceof InvalidCommandException invalid) {
            List<String> notOnAField = new ArrayList<>();
            for (FieldProblem fieldProblem : invalid.problems()) {
                if (fieldsByName.get(fieldProblem.field()) instanceof HasValidation field) {
                    field.setErrorMessage(fieldProblem.message());
                    field.setInvalid(true);
                } else {
                    notOnAField.add(fieldProblem.message());
                }
            }
            if (!notOnAField.isEmpty()) {
                showProblem("Nothing was recorded: " + String.join("; ", notOnAField));
            }
        } else if (cause instanceof OrganisationUnavailableException unavailable) {
            if (fieldsByName.get(unavailable.field()) instanceof HasValidation field) {
                field.setErrorMessage(unavailable.getMessage());
                field.setInvalid(true);
            } else {
                showProblem("Nothing was recorded: " + unavailable.getMessage());
            }
        } else if (cause instanceof ProcessingRestrictedException || cause instanceof ConsentAlreadyWithdrawnException
                || cause instanceof UnknownConsentException || cause instanceof AccessRefusedException) {
            showProblem("Nothing was recorded: " + cause.getMessage());
        } else {
            log.error("Recording failed: {}", cause.getClass().getName());
            showProblem("Nothing was recorded: something went wrong. Please try again.");
        }
    }

    static String idOf(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
