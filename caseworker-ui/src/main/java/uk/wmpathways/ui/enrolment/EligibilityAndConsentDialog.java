package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.function.Consumer;

/** Thrive into Work: eligible and consenting people are enrolled; otherwise the enrolment is closed. */
class EligibilityAndConsentDialog extends StepDialog {

    private final RadioButtonGroup<Boolean> eligible = FormFields.yesNo("Eligible", "Yes", "No");
    private final RadioButtonGroup<Boolean> consentGiven = FormFields.yesNo("Consent to take part in the trial", "Given", "Not given");
    private final DatePicker recordedOn;

    EligibilityAndConsentDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_ELIGIBILITY_AND_CONSENT, show);
        check(field("eligible", eligible).asRequired("Say whether the person is eligible"));
        check(field("consentGiven", consentGiven).asRequired("Say whether the person gave consent"));
        recordedOn = dateField("recordedOn", "Recorded on", enrolment.startedOn(), "the referral");
        explain("An eligible person who consents is enrolled and can then be allocated a trial arm. "
                + "Otherwise the enrolment is closed.");
    }

    @Override
    protected Object command() {
        return new RecordEligibilityAndConsent(enrolmentId(), eligible.getValue(), consentGiven.getValue(),
                recordedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
