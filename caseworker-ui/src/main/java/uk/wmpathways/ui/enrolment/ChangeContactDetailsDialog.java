package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegistrationRules;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Changes a participant's phone number and email address, with the command the REST API sends
 * ({@code PUT /api/participants/{id}/contact-details}); the command's rules show on the fields. Either may be
 * left empty: not known.
 */
public class ChangeContactDetailsDialog extends CommandDialog {

    private final ParticipantSummary participant;
    private final BiConsumer<String, String> changed;
    private final TextField phone = FormFields.text("Phone", 40);
    private final EmailField email = new EmailField("Email");

    /** {@code changed} is told the new phone and email (empty for not known) on the UI thread. */
    public ChangeContactDetailsDialog(FormServices services, ParticipantSummary participant,
                                      BiConsumer<String, String> changed) {
        super(services, "Contact details: " + participant.givenName() + " " + participant.familyName(),
                "Save contact details");
        this.participant = participant;
        this.changed = changed;
        phone.setValue(participant.phone() == null ? "" : participant.phone());
        phone.setHelperText("Leave empty if not known");
        email.setValue(participant.email() == null ? "" : participant.email());
        email.setHelperText("Leave empty if not known");
        email.setMaxLength(254);
        check(field("phone", phone).withValidator(rule(RegistrationRules::phoneProblem)));
        check(field("email", email).withValidator(rule(RegistrationRules::emailProblem)));
    }

    private static Validator<String> rule(Function<String, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElse(ValidationResult.ok());
    }

    @Override
    protected Object command() {
        return new ChangeContactDetails(participant.participantId(), phone.getValue().strip(), email.getValue().strip(),
                recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        String newPhone = phone.getValue().strip();
        String newEmail = email.getValue().strip();
        ui.access(() -> {
            close();
            Notification.show("Contact details saved", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.accept(newPhone, newEmail);
        });
    }
}
