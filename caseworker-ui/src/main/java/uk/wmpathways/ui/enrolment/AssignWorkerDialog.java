package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.function.Consumer;

/** Any pathway: the enrolment is given to another caseworker of its organisation. */
class AssignWorkerDialog extends StepDialog {

    private final ComboBox<String> worker = new ComboBox<>("Worker");
    private final DatePicker assignedOn;

    AssignWorkerDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.ASSIGN_WORKER, show);
        explain("Now with " + services.directory().displayNameOf(enrolment.assignedWorker()) + ", "
                + services.directory().organisationName(enrolment.providerOrganisation()) + ".");
        Workers.offer(worker, services.directory(), enrolment.providerOrganisation(), enrolment.assignedWorker());
        worker.setRequiredIndicatorVisible(true);
        check(field("worker", worker).asRequired("Choose the worker"));
        assignedOn = dateField("assignedOn", "Assigned on", enrolment.startedOn(), "the enrolment started");
    }

    @Override
    protected Object command() {
        return new AssignWorker(enrolmentId(), worker.getValue(), assignedOn.getValue(), requestId, expectedVersion(),
                recordedBy);
    }
}
