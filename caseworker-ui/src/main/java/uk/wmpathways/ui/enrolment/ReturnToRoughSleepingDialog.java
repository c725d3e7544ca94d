package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;

import java.util.function.Consumer;

/** Rough Sleeping Initiative: the person was seen sleeping rough again. */
class ReturnToRoughSleepingDialog extends StepDialog {

    private final TextField location = FormFields.text("Where they were seen", FormFields.SHORT_TEXT);
    private final DatePicker seenOn;

    ReturnToRoughSleepingDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_RETURN_TO_ROUGH_SLEEPING, show);
        check(field("location", location).withValidator(FormFields.rule(RoughSleepingRules::location)));
        location.setRequiredIndicatorVisible(true);
        seenOn = dateField("seenOn", "Seen on", enrolment.startedOn(), "outreach first made contact");
    }

    @Override
    protected Object command() {
        return new RecordReturnToRoughSleeping(enrolmentId(), seenOn.getValue(), FormFields.trimmed(location.getValue()),
                requestId, expectedVersion(), recordedBy);
    }
}
