package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary.CurrentTenancy;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Housing First: the running tenancy is confirmed at a checkpoint (6, 12 or 24 months after it started); only
 * checkpoints not recorded yet are offered, and a check is dated on or after its checkpoint.
 */
class TenancyCheckDialog extends StepDialog {

    private final CurrentTenancy tenancy;
    private final Select<Integer> monthsAfterStart;
    private final DatePicker checkedOn;

    TenancyCheckDialog(FormServices services, EnrolmentSummary enrolment, DueHint hint, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_TENANCY_SUSTAINMENT_CHECK, show);
        tenancy = enrolment.currentTenancy();
        explain("Tenancy at " + tenancy.property() + ", started " + UkFormats.date(tenancy.startedOn()) + ".");
        monthsAfterStart = FormFields.choice("Checkpoint", tenancy.outstandingCheckMonths(),
                months -> months + " months (from " + UkFormats.date(checkpoint(months)) + ")");
        check(field("monthsAfterStart", monthsAfterStart).asRequired("Choose the checkpoint"));
        checkedOn = dateField("checkedOn", "Checked on", tenancy.startedOn(), "the tenancy started",
                Checkpoints.notBeforeCheckpoint(monthsAfterStart, this::checkpoint));
        monthsAfterStart.setValue(Checkpoints.preselect(tenancy.outstandingCheckMonths(), this::checkpoint, today, hint));
    }

    private LocalDate checkpoint(int months) {
        return tenancy.startedOn().plusMonths(months);
    }

    @Override
    protected Object command() {
        return new RecordTenancySustainmentCheck(enrolmentId(), tenancy.tenancyId(), monthsAfterStart.getValue(), checkedOn.getValue(),
                requestId, expectedVersion(), recordedBy);
    }
}
