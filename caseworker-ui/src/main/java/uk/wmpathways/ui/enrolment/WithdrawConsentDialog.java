package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Consent;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.WithdrawConsent;

/** The person withdraws a consent: what follows is said before it is sent. */
class WithdrawConsentDialog extends CommandDialog {

    private final ParticipantSummary participant;
    private final Consent consent;
    private final Runnable done;

    WithdrawConsentDialog(FormServices services, ParticipantSummary participant, Consent consent, LawfulBasis basis,
                          Runnable done) {
        super(services, "Withdraw consent: " + participant.givenName() + " " + participant.familyName(),
                "Withdraw consent");
        this.participant = participant;
        this.consent = consent;
        this.done = done;
        if (consent.scope() == ConsentScope.SHARE_WITH_ORGANISATION) {
            explain(services.directory().organisationName(consent.organisation())
                    + " will no longer see this person's record, from now on.");
        } else if (basis == LawfulBasis.CONSENT) {
            explain("The record is held on this consent: nothing more can be recorded about the person, or on "
                    + "their enrolments, until they give consent again or another lawful basis is recorded.");
        } else {
            explain("The consent will be shown as withdrawn.");
        }
    }

    @Override
    protected Object command() {
        return new WithdrawConsent(participant.participantId(), consent.consentId(), recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Consent withdrawn", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
    }
}
