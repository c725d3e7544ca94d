package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.List;
import java.util.function.Consumer;

/** Any pathway: the enrolment is closed with a reason; Housing First and RSI closures also say where the person went. */
class CloseEnrolmentDialog extends StepDialog {

    private final Select<ExitReason> reason = FormFields.choice("Reason", List.of(ExitReason.values()), ExitReason::label);
    private final Select<ExitDestination> destination =
            FormFields.choice("Where the person went", List.of(ExitDestination.values()), ExitDestination::label);
    private final boolean destinationAsked;
    private final DatePicker closedOn;

    CloseEnrolmentDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.CLOSE, show);
        destinationAsked = enrolment.pathway() != Pathway.THRIVE_INTO_WORK;
        check(field("reason", reason).asRequired("Choose the reason"));
        check(field("destination", destination).withValidator(
                chosen -> !destinationAsked || chosen != null, "Choose where the person went"));
        destination.setVisible(destinationAsked);
        closedOn = dateField("closedOn", "Closed on", enrolment.startedOn(), "the enrolment started");
        explain("A closed enrolment takes no new steps until it is re-opened.");
    }

    @Override
    protected Object command() {
        return new CloseEnrolment(enrolmentId(), reason.getValue(), destinationAsked ? destination.getValue() : null,
                closedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
