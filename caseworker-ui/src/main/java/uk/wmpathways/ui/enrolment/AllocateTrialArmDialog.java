package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.function.Consumer;

/**
 * Thrive into Work: the trial arm is drawn by the system at random, never chosen by a person, and is permanent.
 * The form has no arm to choose; once recorded it shows the arm that was drawn.
 */
class AllocateTrialArmDialog extends StepDialog {

    private final DatePicker allocatedOn;
    private final Paragraph outcome = new Paragraph();

    AllocateTrialArmDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.ALLOCATE_TRIAL_ARM, show);
        save.setText("Draw the trial arm");
        explain("The system draws the trial arm at random: treatment (IPS support) or control (usual care). "
                + "Nobody chooses it, and the allocation is permanent.");
        allocatedOn = dateField("allocatedOn", "Allocated on",
                enrolment.enrolledOn() != null ? enrolment.enrolledOn() : enrolment.startedOn(), "the enrolment");
        outcome.setId("allocated-arm");
        outcome.addClassName("pathways-allocated-arm");
        outcome.setVisible(false);
        add(outcome);
    }

    @Override
    protected Object command() {
        return new AllocateTrialArm(enrolmentId(), allocatedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }

    @Override
    protected void recorded(EnrolmentSummary fresh) {
        finished();
        allocatedOn.setReadOnly(true);
        if (fresh != null && fresh.trialArm() != null) {
            outcome.setText("Allocated to the " + fresh.trialArm().label() + " arm.");
        } else {
            outcome.setText("The trial arm was drawn. It will show on the enrolment in a moment.");
        }
        outcome.setVisible(true);
        showAgain(fresh);
    }
}
