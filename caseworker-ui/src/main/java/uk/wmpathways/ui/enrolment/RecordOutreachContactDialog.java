package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;

/** A Rough Sleeping Initiative enrolment starts when outreach makes contact with a person sleeping rough. */
class RecordOutreachContactDialog extends StartEnrolmentDialog {

    private final TextField location = FormFields.text("Where (location)", FormFields.SHORT_TEXT);
    private final Checkbox verifiedRoughSleeper = new Checkbox("Verified as sleeping rough");
    private final DatePicker contactedOn;

    RecordOutreachContactDialog(FormServices services, ParticipantSummary participant) {
        super(services, "Record an outreach contact (RSI)", Pathway.ROUGH_SLEEPING_INITIATIVE, participant);
        check(field("location", location).withValidator(FormFields.rule(RoughSleepingRules::location)));
        location.setRequiredIndicatorVisible(true);
        check(field("verifiedRoughSleeper", verifiedRoughSleeper));
        contactedOn = dateField("contactedOn", "Contact made on", null, null);
    }

    @Override
    protected Object command() {
        return started(new RecordOutreachContact(enrolmentId, participant.participantId(), providerOrganisation(),
                localAuthority(), fundingStream(), assignedWorker(), contactedOn.getValue(),
                FormFields.trimmed(location.getValue()), verifiedRoughSleeper.getValue(), requestId, recordedBy));
    }
}
