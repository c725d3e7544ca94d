package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;

import java.util.List;
import java.util.function.Consumer;

/** Rough Sleeping Initiative: a placement in emergency or interim accommodation (it ends any earlier one). */
class PlaceInAccommodationDialog extends StepDialog {

    private final Select<EmergencyAccommodationType> accommodationType = FormFields.choice("Kind of accommodation",
            List.of(EmergencyAccommodationType.values()), EmergencyAccommodationType::label);
    private final TextField accommodationName = FormFields.text("Name of the accommodation", FormFields.SHORT_TEXT);
    private final DatePicker placedOn;

    PlaceInAccommodationDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.PLACE_IN_EMERGENCY_ACCOMMODATION, show);
        check(field("accommodationType", accommodationType).asRequired("Choose the kind of accommodation"));
        check(field("accommodationName", accommodationName).withValidator(FormFields.rule(RoughSleepingRules::accommodationName)));
        accommodationName.setRequiredIndicatorVisible(true);
        placedOn = dateField("placedOn", "Placed on", enrolment.startedOn(), "outreach first made contact");
    }

    @Override
    protected Object command() {
        return new PlaceInEmergencyAccommodation(enrolmentId(), accommodationType.getValue(),
                FormFields.trimmed(accommodationName.getValue()), placedOn.getValue(), requestId, expectedVersion(),
                recordedBy);
    }
}
