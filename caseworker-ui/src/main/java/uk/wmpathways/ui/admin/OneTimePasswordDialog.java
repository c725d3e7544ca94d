package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.wmpathways.infra.security.AccountAdministration.OneTimePassword;
import uk.wmpathways.ui.UkFormats;

/** A one-time password, shown this once: the administrator passes it on, the person replaces it at first sign-in. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String heading, OneTimePassword issued) {
        setHeaderTitle(heading);
        setId("one-time-password-dialog");
        setCloseOnOutsideClick(false);
        Span password = new Span(issued.password());
        password.setId("one-time-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
        add(new Paragraph("One-time password for " + issued.account().displayName() + " ("
                        + issued.account().username() + "):"),
                new Paragraph(password),
                new Paragraph("Give it to them securely (not in the same message as the username). It is shown only "
                        + "this once and is not stored anywhere. It works until "
                        + UkFormats.dateTime(issued.expiresAt()) + ". They must choose their own password when "
                        + "they first sign in with it."));
        if (!issued.account().enabled()) {
            add(new Paragraph("The account is disabled: enable it before they can sign in."));
        }
        Button done = new Button("I have noted it", click -> close());
        done.setId("one-time-password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
