package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstRules;

import java.util.List;
import java.util.function.Consumer;

/** Housing First: a tenancy started (the property, its kind of landlord, the date). */
class StartTenancyDialog extends StepDialog {

    private final TextField property = FormFields.text("Property (address)", FormFields.SHORT_TEXT);
    private final Select<LandlordType> landlordType =
            FormFields.choice("Landlord", List.of(LandlordType.values()), LandlordType::label);
    private final DatePicker startedOn;

    StartTenancyDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.START_TENANCY, show);
        check(field("property", property).withValidator(FormFields.rule(HousingFirstRules::property)));
        property.setRequiredIndicatorVisible(true);
        fullWidth(property);
        check(field("landlordType", landlordType).asRequired("Choose the kind of landlord"));
        startedOn = dateField("startedOn", "Tenancy started on", enrolment.startedOn(), "the referral");
        explain("Sustainment checks fall due " + StepRules.listed(HousingFirstRules.TENANCY_CHECK_MONTHS)
                + " months after the tenancy starts.");
    }

    @Override
    protected Object command() {
        return new StartTenancy(enrolmentId(), FormFields.trimmed(property.getValue()), landlordType.getValue(),
                startedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
