package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.function.Consumer;

/** Thrive into Work (treatment arm): the vocational profile was completed with the participant. */
class VocationalProfileDialog extends StepDialog {

    private final DatePicker completedOn;

    VocationalProfileDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.COMPLETE_VOCATIONAL_PROFILE, show);
        completedOn = dateField("completedOn", "Completed on", enrolment.startedOn(), "the referral");
    }

    @Override
    protected Object command() {
        return new CompleteVocationalProfile(enrolmentId(), completedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
