package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.caseservice.api.consent.AlreadyRestrictedException;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;

/**
 * The data protection officer restricts processing of a person's record (UK GDPR Article 18): the ground in words
 * (withdrawn consent is not chosen: the record restricts itself when it is recorded) and an optional note. The rules
 * are the record's; what the server refuses is shown on the field, or above the fields, and nothing is recorded.
 */
class RestrictProcessingDialog extends CommandDialog {

    static final String WHAT = "While processing is restricted the record is kept and can be read, and nothing more "
            + "is recorded about the person or on their enrolments, whoever asks, until you lift the restriction. The "
            + "retention job does not erase a restricted record.";

    private final String participantId;
    private final Runnable done;
    private final RadioButtonGroup<RestrictionGround> ground =
            new RadioButtonGroup<>("Ground for restriction (UK GDPR Article 18)");
    private final TextArea note = new TextArea("Note (optional)");

    RestrictProcessingDialog(FormServices services, String participantId, String name, Runnable done) {
        super(services, "Restrict processing: " + name, "Restrict processing");
        this.participantId = participantId;
        this.done = done;
        explain(WHAT).setId("restriction-what");
        ground.setItems(RestrictionGround.officersGrounds());
        ground.setItemLabelGenerator(RestrictionGround::label);
        ground.setRequiredIndicatorVisible(true);
        check(field("ground", ground).asRequired("Choose the ground the person's request is made on"));
        fullWidth(ground);
        note.setHelperText("Your note about the request (for example how it was made). It is kept as personal data, "
                + "at most " + RestrictProcessing.MAX_NOTE_LENGTH + " characters.");
        check(field("note", note).withValidator(text -> text == null
                        || text.length() <= RestrictProcessing.MAX_NOTE_LENGTH,
                "The note must be at most " + RestrictProcessing.MAX_NOTE_LENGTH + " characters"));
        fullWidth(note);
        // the first thing to decide takes the focus, for keyboard and screen reader users alike
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                ground.getElement().executeJs("setTimeout(() => (this.querySelector('input') || this).focus(), 0)");
            }
        });
    }

    @Override
    protected Object command() {
        return new RestrictProcessing(participantId, ground.getValue(), note.getValue(), recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Processing restricted", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
    }

    @Override
    protected void rejected(Throwable cause) {
        if (cause instanceof AlreadyRestrictedException already) {
            ground.setErrorMessage(already.getMessage());
            ground.setInvalid(true);
        } else if (cause instanceof DataSubjectErasedException) {
            showProblem("Nothing was recorded: this record was erased.");
            finished();
            done.run();
        } else {
            super.rejected(cause);
        }
    }
}
