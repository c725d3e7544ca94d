package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;

import java.util.function.Consumer;

/** Thrive into Work (treatment arm): the employment specialist contacted an employer for the participant. */
class EmployerContactDialog extends StepDialog {

    private final TextField employer = FormFields.text("Employer", FormFields.SHORT_TEXT);
    private final Checkbox faceToFace = new Checkbox("Face to face", true);
    private final DatePicker contactedOn;

    EmployerContactDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_EMPLOYER_CONTACT, show);
        check(field("employer", employer).withValidator(FormFields.rule(ThriveIntoWorkRules::employer)));
        employer.setRequiredIndicatorVisible(true);
        check(field("faceToFace", faceToFace));
        contactedOn = dateField("contactedOn", "Contacted on", enrolment.startedOn(), "the referral");
        explain("IPS fidelity: the first face-to-face employer contact is due within 30 days of enrolment.");
    }

    @Override
    protected Object command() {
        return new RecordEmployerContact(enrolmentId(), FormFields.trimmed(employer.getValue()), faceToFace.getValue(),
                contactedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
