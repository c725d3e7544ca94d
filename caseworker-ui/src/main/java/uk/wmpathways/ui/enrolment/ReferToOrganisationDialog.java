package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.MakeReferral;
import uk.wmpathways.caseservice.api.referral.ReferralRules;

import java.util.List;
import java.util.UUID;

/** Refers the person to another organisation for a pathway; that organisation accepts or declines. */
class ReferToOrganisationDialog extends CommandDialog {

    private final String referralId = UUID.randomUUID().toString();
    private final ParticipantSummary participant;
    private final Select<String> toOrganisation;
    private final Select<Pathway> pathway = FormFields.choice("Pathway", List.of(Pathway.values()), Pathway::label);
    private final TextArea reason = FormFields.longText("Reason (optional)", ReferralRules.MAX_REASON);

    ReferToOrganisationDialog(FormServices services, ParticipantSummary participant) {
        super(services, "Refer to another organisation: " + participant.givenName() + " " + participant.familyName(),
                "Refer");
        this.participant = participant;
        var directory = services.directory();
        explain("The organisation sees this person's record while it decides, and accepts (the enrolment starts "
                + "there) or declines with a reason.");
        String mine = directory.myOrganisation().orElse(null);
        toOrganisation = FormFields.choice("Refer to", directory.organisations().keySet().stream()
                .filter(code -> !code.equals(mine)).toList(), directory::organisationName);
        check(field("toOrganisation", toOrganisation).asRequired("Choose the organisation"));
        check(field("pathway", pathway).asRequired("Choose the pathway"));
        check(field("reason", reason).withValidator(FormFields.rule(ReferralRules::referralReason)));
        fullWidth(reason);
    }

    @Override
    protected Object command() {
        return new MakeReferral(referralId, participant.participantId(), pathway.getValue(), toOrganisation.getValue(),
                FormFields.trimmed(reason.getValue()), recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Referred to " + services.directory().organisationName(toOrganisation.getValue()),
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }
}
