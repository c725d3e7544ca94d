package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;

import java.util.function.Consumer;

/** Any pathway: the enrolment moves to another provider organisation (and, optionally, one of its workers). */
class TransferDialog extends StepDialog {

    private final ComboBox<String> toOrganisation = new ComboBox<>("To organisation");
    private final ComboBox<String> worker = new ComboBox<>("Worker there (optional)");
    private final TextArea reason = FormFields.longText("Reason", FormFields.REASON_TEXT);
    private final DatePicker transferredOn;

    TransferDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.TRANSFER, show);
        var directory = services.directory();
        explain("Now delivered by " + directory.organisationName(enrolment.providerOrganisation()) + ".");
        toOrganisation.setItems(directory.organisations().keySet().stream()
                .filter(code -> !code.equals(enrolment.providerOrganisation())).toList());
        toOrganisation.setItemLabelGenerator(directory::organisationName);
        toOrganisation.setRequiredIndicatorVisible(true);
        check(field("toOrganisation", toOrganisation).asRequired("Choose the organisation"));
        toOrganisation.addValueChangeListener(e -> {
            worker.clear();
            Workers.offer(worker, directory, e.getValue(), null);
        });
        check(field("worker", worker));
        worker.setClearButtonVisible(true);
        check(field("reason", reason).withValidator(FormFields.rule(StepRules::transferReason)));
        reason.setRequiredIndicatorVisible(true);
        fullWidth(reason);
        transferredOn = dateField("transferredOn", "Transferred on", enrolment.startedOn(), "the enrolment started");
    }

    @Override
    protected Object command() {
        return new TransferEnrolment(enrolmentId(), toOrganisation.getValue(), worker.getValue(),
                FormFields.trimmed(reason.getValue()), transferredOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
