package uk.wmpathways.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountUserDetails;
import uk.wmpathways.infra.security.SecurityEvents;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.infra.security.TwoStepSignIn;
import uk.wmpathways.infra.security.TwoStepSignIn.Setup;
import uk.wmpathways.infra.security.TwoStepSignIn.WrongOneTimeCodeException;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.security.SessionSignIn;

/**
 * "Two-step sign-in" on the person's own account: set up one-time codes (the secret as text and as a QR code,
 * shown while setting up only, then confirmed with a code) or switch them off with a current code, unless the
 * role requires them. An account whose role requires codes and has none is led here at sign-in
 * ({@code OneTimeCodeFirst}); once confirmed, it is signed in with its role at once (password and code are both
 * proven). The same {@link TwoStepSignIn} as {@code /api/account/one-time-codes}.
 */
@Route(value = "account/one-time-codes", layout = MainLayout.class)
@PageTitle("Two-step sign-in | Pathways")
@PermitAll
public class OneTimeCodesView extends VerticalLayout {

    private final TwoStepSignIn twoStep;
    private final UserAccounts accounts;
    private final String username;
    private final Div content = new Div();

    public OneTimeCodesView(TwoStepSignIn twoStep, UserAccounts accounts, AuthenticationContext authentication) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.username = authentication.getPrincipalName().orElseThrow();
        addClassName("pathways-page");
        add(new H2("Two-step sign-in"));
        if (setupRequiredNow()) {
            Paragraph required = new Paragraph("Your role requires a one-time code from an authenticator app at "
                    + "every sign-in. Set it up now to go on.");
            required.setId("one-time-codes-required");
            add(required);
        }
        add(content);
        show();
    }

    private void show() {
        content.removeAll();
        if (twoStep.isOn(username)) {
            showOn();
        } else {
            Paragraph off = new Paragraph("Sign-in asks for your password only. With two-step sign-in it also "
                    + "asks for a code from an authenticator app on your phone (such as Google Authenticator, "
                    + "Microsoft Authenticator or FreeOTP), so that a password alone cannot open your account.");
            off.setId("one-time-codes-off");
            Button start = new Button("Set up two-step sign-in", e -> showSetup(twoStep.startSetup(username)));
            start.setId("start-one-time-codes");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(off, start);
        }
    }

    private void showSetup(Setup setup) {
        content.removeAll();
        Span secret = new Span(grouped(setup.secret()));
        secret.setId("one-time-code-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("overflow-wrap", "anywhere");
        var qr = QrCode.image(setup.otpauthUri(), "QR code of the secret, for your authenticator app");
        qr.setId("one-time-code-qr");
        TextField code = codeField("confirm-one-time-code", "Code your app shows now");
        Button confirm = new Button("Switch on", e -> confirm(code));
        confirm.setId("confirm-one-time-codes");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph("1. In your authenticator app, add an account: scan this QR code, or type the "
                        + "secret below (issuer Pathways). It is shown only now: keep it to yourself."),
                qr, new Div(new Span("Secret: "), secret),
                new Paragraph("2. Enter the 6-digit code the app then shows for Pathways."), code, confirm);
    }

    private void confirm(TextField code) {
        boolean wasRequired = setupRequiredNow();
        try {
            twoStep.confirmSetup(username, code.getValue(), clientAddress());
        } catch (WrongOneTimeCodeException e) {
            refuse(code, e);
            return;
        } catch (AccountConflictException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            show();
            return;
        }
        if (wasRequired) {
            // Password and code both proven: the session gets the role now.
            SessionSignIn.replaceWith(twoStep.signedInAs(username));
            UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
            return;
        }
        Notification.show("Two-step sign-in is on: sign-in will ask for a code from now on.", 5000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private void showOn() {
        Paragraph on = new Paragraph("Two-step sign-in is on: sign-in asks for your password and a code from your "
                + "authenticator app. Lost your phone? Ask an administrator to reset it.");
        on.setId("one-time-codes-on");
        content.add(on);
        boolean required = accounts.find(username).map(twoStep::required).orElse(false);
        if (required) {
            Paragraph stays = new Paragraph("Your role requires it, so it cannot be switched off.");
            stays.setId("one-time-codes-stay-on");
            content.add(stays);
            return;
        }
        TextField code = codeField("switch-off-one-time-code", "Code your app shows now");
        Button off = new Button("Switch off", e -> switchOff(code));
        off.setId("switch-off-one-time-codes");
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        content.add(code, off);
    }

    private void switchOff(TextField code) {
        try {
            twoStep.switchOff(username, code.getValue(), false, clientAddress());
        } catch (WrongOneTimeCodeException e) {
            refuse(code, e);
            return;
        } catch (AccountConflictException | SignInThrottledException e) {
            Notification.show(e instanceof SignInThrottledException throttled
                            ? "Too many wrong codes: try again in " + throttled.retryAfter().toSeconds() + " seconds."
                            : e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show("Two-step sign-in is off.", 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private static void refuse(TextField code, WrongOneTimeCodeException e) {
        code.setErrorMessage(e.problems().get(0).message());
        code.setInvalid(true);
    }

    private static TextField codeField(String id, String label) {
        TextField code = new TextField(label);
        code.setId(id);
        code.setManualValidation(true); // invalid only when the server says so
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        return code;
    }

    /** Groups of four, as apps show a secret to type. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static boolean setupRequiredNow() {
        return SessionSignIn.holds(AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? SecurityEvents.NO_CLIENT : request.getRemoteAddr();
    }
}
