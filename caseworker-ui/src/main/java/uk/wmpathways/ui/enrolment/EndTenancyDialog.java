package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;
import uk.wmpathways.ui.UkFormats;

import java.util.List;
import java.util.function.Consumer;

/** Housing First: the tenancy ended, with the reason. Support continues; the person may be re-housed. */
class EndTenancyDialog extends StepDialog {

    private final Select<TenancyEndReason> reason =
            FormFields.choice("Why it ended", List.of(TenancyEndReason.values()), TenancyEndReason::label);
    private final DatePicker endedOn;
    private final String tenancyId;

    EndTenancyDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.END_TENANCY, show);
        tenancyId = enrolment.currentTenancy().tenancyId();
        explain("Tenancy at " + enrolment.currentTenancy().property() + ", started "
                + UkFormats.date(enrolment.currentTenancy().startedOn()) + ". Support continues after it ends.");
        check(field("reason", reason).asRequired("Choose why the tenancy ended"));
        endedOn = dateField("endedOn", "Ended on", enrolment.currentTenancy().startedOn(), "the tenancy started");
    }

    @Override
    protected Object command() {
        return new EndTenancy(enrolmentId(), tenancyId, reason.getValue(), endedOn.getValue(), requestId, expectedVersion(),
                recordedBy);
    }
}
