package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The data protection officer erases a person's record: the ground (in words; the end of the retention period is
 * the retention job's, so not offered), what cannot be undone and what stays, and a confirmation that the identity
 * and the request were checked. A refusal stays on the dialog with the reason and what to do instead; nothing is
 * recorded then; "Restrict processing instead" opens the restriction.
 */
class EraseRecordDialog extends CommandDialog {

    static final String WARNING = "Erasing cannot be undone. The person's key is destroyed, so everything personal "
            + "recorded about them (name, date of birth, NHS number, contact details, notes, places, employers) "
            + "reads \"[erased]\" or \"not known\" everywhere, for good. What stays: the dates and steps of their "
            + "support, who recorded them and when, so the counts in the reports stay the same.";

    private final String participantId;
    private final String name;
    private final ParticipantDataRights rights;
    private final BooleanSupplier erasedAlready;
    private final Runnable done;
    private final RadioButtonGroup<ErasureGround> ground = new RadioButtonGroup<>("Ground for erasure (UK GDPR Article 17)");
    private final Checkbox confirmed = new Checkbox("I have checked this person's identity and their request");
    private final Div refusal = new Div();
    private final Paragraph restriction = new Paragraph();

    EraseRecordDialog(FormServices services, String participantId, String name, ParticipantDataRights rights,
                      BooleanSupplier erasedAlready, Runnable done) {
        super(services, "Erase record: " + name, "Erase record");
        this.participantId = participantId;
        this.name = name;
        this.rights = rights;
        this.erasedAlready = erasedAlready;
        this.done = done;
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refusal.setId("erasure-refusal");
        refusal.addClassName("pathways-form-problem");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        addComponentAsFirst(refusal);
        restriction.setId("restriction-how");
        restriction.addClassName("pathways-form-note");
        restriction.getElement().setAttribute("tabindex", "-1");
        restriction.setVisible(false);
        addComponentAtIndex(1, restriction);
        explain(WARNING).setId("erasure-warning");
        ground.setItems(Arrays.stream(ErasureGround.values())
                .filter(each -> each != ErasureGround.RETENTION_PERIOD_ENDED).toList());
        ground.setItemLabelGenerator(ErasureGround::label);
        ground.setRequiredIndicatorVisible(true);
        check(field("ground", ground).asRequired("Choose the ground the person's request is made on"));
        fullWidth(ground);
        confirmed.setRequiredIndicatorVisible(true);
        check(field("confirmed", confirmed).withValidator(Boolean.TRUE::equals,
                "Tick this once you have checked who the person is and what they asked for"));
        fullWidth(confirmed);
    }

    @Override
    protected Object command() {
        return new EraseParticipant(participantId, ground.getValue(), recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Record erased", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
    }

    @Override
    protected void rejected(Throwable cause) {
        refusal.removeAll();
        restriction.setVisible(false);
        if (cause instanceof DataSubjectErasedException
                || cause instanceof ErasureRefusedException && erasedAlready.getAsBoolean()) {
            refusal.add(new Paragraph("This record was erased already: nothing more was done."));
            refusal.setVisible(true);
            finished();
            done.run();
        } else if (cause instanceof ErasureRefusedException refused) {
            String why = refused.getMessage();
            Paragraph reason = new Paragraph("Not erased, nothing was changed. " + why + (why.endsWith(".") ? "" : "."));
            reason.setId("erasure-refused-reason");
            Button instead = new Button("Restrict processing instead", e -> restrictInstead());
            instead.setId("restrict-instead");
            refusal.add(reason, instead);
            refusal.setVisible(true);
            instead.focus();
        } else {
            refusal.setVisible(false);
            super.rejected(cause);
        }
    }

    /**
     * Opens the restriction in place of this dialog (the officer's restriction, on its own ground); when the
     * officer's restriction stands already, says so here instead.
     */
    private void restrictInstead() {
        if (rights != null && rights.restrictedByTheOfficer()) {
            restriction.setText(ProcessingRestriction.alreadyRestricted(rights.restriction()));
            restriction.setVisible(true);
            // moved to, so that a screen reader reads it out and the keyboard goes on from there
            restriction.getElement().callJsFunction("focus");
            return;
        }
        close();
        new RestrictProcessingDialog(services, participantId, name, done).open();
    }
}
