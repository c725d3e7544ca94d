package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;

import java.util.List;
import java.util.Locale;

/** A Thrive into Work enrolment starts with a referral, usually from a GP practice (identified by its ODS code). */
class ReferToThriveIntoWorkDialog extends StartEnrolmentDialog {

    private final Select<ThriveIntoWorkReferralSource> source = FormFields.choice("Referred by",
            List.of(ThriveIntoWorkReferralSource.values()), ThriveIntoWorkReferralSource::label);
    private final TextField referrerOdsCode = FormFields.text("Referrer's ODS code (optional)", 10);
    private final DatePicker referredOn;

    ReferToThriveIntoWorkDialog(FormServices services, ParticipantSummary participant) {
        super(services, "Refer to Thrive into Work", Pathway.THRIVE_INTO_WORK, participant);
        check(field("source", source).asRequired("Choose who referred the person"));
        referrerOdsCode.setHelperText("The referring practice, for example M85001");
        check(field("referrerOdsCode", referrerOdsCode)
                .withValidator(FormFields.rule(ThriveIntoWorkRules::referrerOdsCode)));
        referredOn = dateField("referredOn", "Referred on", null, null);
    }

    private static String normalised(String odsCode) {
        return odsCode.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    protected Object command() {
        String odsCode = FormFields.trimmed(referrerOdsCode.getValue());
        return started(new ReferToThriveIntoWork(enrolmentId, participant.participantId(), providerOrganisation(),
                localAuthority(), fundingStream(), assignedWorker(), source.getValue(),
                odsCode == null ? null : normalised(odsCode), referredOn.getValue(), requestId, recordedBy));
    }
}
