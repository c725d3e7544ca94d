package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;

import java.util.function.Consumer;

/** A closed enrolment is re-opened, with the reason; it returns to the stage it was closed in. */
class ReopenEnrolmentDialog extends StepDialog {

    private final TextArea reason = FormFields.longText("Reason", FormFields.REASON_TEXT);
    private final DatePicker reopenedOn;

    ReopenEnrolmentDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.REOPEN, show);
        check(field("reason", reason).withValidator(FormFields.rule(StepRules::reopeningReason)));
        reason.setRequiredIndicatorVisible(true);
        fullWidth(reason);
        reopenedOn = dateField("reopenedOn", "Re-opened on",
                enrolment.closedOn() != null ? enrolment.closedOn() : enrolment.startedOn(), "the enrolment was closed");
    }

    @Override
    protected Object command() {
        return new ReopenEnrolment(enrolmentId(), FormFields.trimmed(reason.getValue()), reopenedOn.getValue(),
                requestId, expectedVersion(), recordedBy);
    }
}
