package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.List;
import java.util.function.Consumer;

/** Any pathway: a contact with the participant (or an attempt), how long it took, and a note. */
class LogContactDialog extends StepDialog {

    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 600;
    static final int MAX_NOTE = 2000;

    private final Select<ContactType> type = FormFields.choice("Kind of contact", List.of(ContactType.values()), ContactType::label);
    private final IntegerField durationMinutes = new IntegerField("Duration (minutes)");
    private final TextArea note = FormFields.longText("Note", MAX_NOTE);
    private final DatePicker contactedOn;

    LogContactDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.LOG_CONTACT, show);
        check(field("type", type).asRequired("Choose the kind of contact"));
        durationMinutes.setMin(MIN_MINUTES);
        durationMinutes.setMax(MAX_MINUTES);
        durationMinutes.setRequiredIndicatorVisible(true);
        check(field("durationMinutes", durationMinutes)
                .asRequired("Enter how many minutes it took")
                .withValidator(minutes -> minutes >= MIN_MINUTES && minutes <= MAX_MINUTES,
                        "The duration is from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes"));
        contactedOn = dateField("contactedOn", "Contact on", enrolment.startedOn(), "the enrolment started");
        check(field("note", note).withValidator(FormFields.atMost(MAX_NOTE, "The note")));
        fullWidth(note);
        explain("An attempted contact that did not reach the person does not count as contact.");
    }

    @Override
    protected Object command() {
        return new LogContact(enrolmentId(), type.getValue(), durationMinutes.getValue(),
                FormFields.trimmed(note.getValue()), contactedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
