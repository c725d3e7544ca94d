package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.DeclineReason;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.List;
import java.util.function.Consumer;

/** Housing First: the referral is accepted, or declined with a reason (which closes the enrolment). */
class AssessEligibilityDialog extends StepDialog {

    private final RadioButtonGroup<Boolean> decision = FormFields.yesNo("Decision", "Accepted", "Declined");
    private final Select<DeclineReason> declineReason =
            FormFields.choice("Why it was declined", List.of(DeclineReason.values()), DeclineReason::label);
    private final DatePicker assessedOn;

    AssessEligibilityDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.ASSESS_HOUSING_FIRST_ELIGIBILITY, show);
        check(field("accepted", decision).asRequired("Choose accepted or declined"));
        check(field("declineReason", declineReason).withValidator(
                reason -> !Boolean.FALSE.equals(decision.getValue()) || reason != null,
                "Choose why the referral was declined"));
        declineReason.setVisible(false);
        decision.addValueChangeListener(e -> declineReason.setVisible(Boolean.FALSE.equals(e.getValue())));
        assessedOn = dateField("assessedOn", "Assessed on", enrolment.startedOn(), "the referral");
        explain("A declined referral closes the enrolment (not eligible).");
    }

    @Override
    protected Object command() {
        boolean accepted = decision.getValue();
        return new AssessHousingFirstEligibility(enrolmentId(), accepted, accepted ? null : declineReason.getValue(),
                assessedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
