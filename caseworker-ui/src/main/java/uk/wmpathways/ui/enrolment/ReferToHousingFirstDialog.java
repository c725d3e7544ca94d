package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;

import java.util.List;

/** A Housing First enrolment starts with a referral. */
class ReferToHousingFirstDialog extends StartEnrolmentDialog {

    private final Select<HousingFirstReferralSource> source = FormFields.choice("Referred by",
            List.of(HousingFirstReferralSource.values()), HousingFirstReferralSource::label);
    private final DatePicker referredOn;

    ReferToHousingFirstDialog(FormServices services, ParticipantSummary participant) {
        super(services, "Refer to Housing First", Pathway.HOUSING_FIRST, participant);
        check(field("source", source).asRequired("Choose who referred the person"));
        referredOn = dateField("referredOn", "Referred on", null, null);
    }

    @Override
    protected Object command() {
        return started(new ReferToHousingFirst(enrolmentId, participant.participantId(), providerOrganisation(),
                localAuthority(), fundingStream(), assignedWorker(), source.getValue(), referredOn.getValue(),
                requestId, recordedBy));
    }
}
