package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.RecordConsent;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records what the person agreed to: that an organisation may see their record (its caseworkers read it from
 * now on), or, when consent is the basis, that we hold it.
 */
class RecordConsentDialog extends CommandDialog {

    private final String consentId = UUID.randomUUID().toString();
    private final ParticipantSummary participant;
    private final Runnable done;
    private final Select<ConsentScope> scope;
    private final Select<String> organisation;
    private final DatePicker givenOn;

    RecordConsentDialog(FormServices services, ParticipantSummary participant, LawfulBasis basis, Runnable done) {
        super(services, "Record consent: " + participant.givenName() + " " + participant.familyName(),
                "Record consent");
        this.participant = participant;
        this.done = done;
        var directory = services.directory();
        explain("Record only what the person has agreed to, in their own words if you can. An organisation they "
                + "agree may see their record can read it (not change it) until they withdraw.");
        List<ConsentScope> scopes = new ArrayList<>(List.of(ConsentScope.SHARE_WITH_ORGANISATION));
        if (basis == LawfulBasis.CONSENT) {
            scopes.add(ConsentScope.PROCESSING);
        }
        scope = FormFields.choice("The person agrees to", scopes, ConsentScope::label);
        scope.setValue(ConsentScope.SHARE_WITH_ORGANISATION);
        check(field("scope", scope).asRequired("Choose what the person agrees to"));
        String mine = directory.myOrganisation().orElse(null);
        organisation = FormFields.choice("Organisation that may see the record", directory.organisations().keySet()
                .stream().filter(code -> !code.equals(mine)).toList(), directory::organisationName);
        check(field("organisation", organisation).withValidator(
                code -> scope.getValue() != ConsentScope.SHARE_WITH_ORGANISATION || code != null,
                "Choose the organisation"));
        scope.addValueChangeListener(e -> organisation.setVisible(e.getValue() == ConsentScope.SHARE_WITH_ORGANISATION));
        givenOn = dateField("givenOn", "Day the person gave consent", null, null);
        givenOn.setValue(today);
    }

    @Override
    protected Object command() {
        return new RecordConsent(participant.participantId(), consentId, scope.getValue(),
                scope.getValue() == ConsentScope.SHARE_WITH_ORGANISATION ? organisation.getValue() : null,
                givenOn.getValue(), recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Consent recorded", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
    }
}
