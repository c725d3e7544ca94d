package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;

import java.util.List;
import java.util.function.Consumer;

/** Any pathway: a contact with the participant (or an attempt), how long it took, and a note. */
class LogContactDialog extends StepDialog {

    private final Select<ContactType> type = FormFields.choice("Kind of contact", List.of(ContactType.values()), ContactType::label);
    private final IntegerField durationMinutes = new IntegerField("Duration (minutes)");
    private final TextArea note = FormFields.longText("Note", StepRules.MAX_NOTE_LENGTH);
    private final DatePicker contactedOn;

    LogContactDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.LOG_CONTACT, show);
        check(field("type", type).asRequired("Choose the kind of contact"));
        durationMinutes.setMin(StepRules.MIN_CONTACT_MINUTES);
        durationMinutes.setMax(StepRules.MAX_CONTACT_MINUTES);
        durationMinutes.setRequiredIndicatorVisible(true);
        check(field("durationMinutes", durationMinutes)
                .asRequired("Enter how many minutes it took")
                .withValidator(FormFields.rule(StepRules::contactMinutes)));
        contactedOn = dateField("contactedOn", "Contact on", enrolment.startedOn(), "the enrolment started");
        check(field("note", note).withValidator(FormFields.rule(StepRules::note)));
        fullWidth(note);
        explain("An attempted contact that did not reach the person does not count as contact.");
    }

    @Override
    protected Object command() {
        return new LogContact(enrolmentId(), type.getValue(), durationMinutes.getValue(),
                FormFields.trimmed(note.getValue()), contactedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
