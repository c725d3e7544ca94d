package uk.wmpathways.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import uk.wmpathways.infra.security.AccountService;
import uk.wmpathways.infra.security.AccountService.InvalidPasswordChangeException;
import uk.wmpathways.infra.security.PasswordPolicy;
import uk.wmpathways.infra.security.SecurityEvents;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.security.PasswordChangeFirst;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Change password": the current password and the new one twice, checked by the same service (and policy) as
 * {@code PUT /api/account/password}, with each problem shown on its field. After signing in with a one-time
 * password this is the only page that opens ({@link PasswordChangeFirst}); once the person has chosen their own,
 * they are signed out and sign in again with it, to get their role's pages.
 */
@Route(value = "account/password", layout = MainLayout.class)
@PageTitle("Change password | Pathways")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final Map<String, PasswordField> fieldsByName = Map.of(
            AccountService.CURRENT_PASSWORD, current,
            AccountService.NEW_PASSWORD, next,
            AccountService.REPEAT_NEW_PASSWORD, repeat);

    public ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("pathways-page");
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-new-password");
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters (a few words make a good one); "
                + "not a common password, not your username");
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button("Change password", e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2("Change password"));
        if (PasswordChangeFirst.required()) {
            Paragraph first = new Paragraph("You signed in with a one-time password. Choose your own password "
                    + "before you go on; you will then sign in again with it.");
            first.setId("password-change-required");
            add(first);
        }
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        add(form, save);
    }

    private void save() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        String username = authentication.getPrincipalName().orElseThrow();
        boolean wasRequired = PasswordChangeFirst.required();
        try {
            accounts.changeOwnPassword(username, current.getValue(), next.getValue(), repeat.getValue(),
                    clientAddress());
        } catch (InvalidPasswordChangeException e) {
            e.problems().stream()
                    .collect(Collectors.groupingBy(InvalidField::field,
                            Collectors.mapping(InvalidField::message, Collectors.joining(". "))))
                    .forEach((field, message) -> {
                        fieldsByName.get(field).setErrorMessage(message);
                        fieldsByName.get(field).setInvalid(true);
                    });
            return;
        } catch (SignInThrottledException e) {
            Notification.show("Too many wrong passwords: try again in " + e.retryAfter().toSeconds()
                    + " seconds, or ask an administrator to unlock your account.", 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        fieldsByName.values().forEach(PasswordField::clear);
        if (wasRequired) {
            // The session still carries the one-time sign-in's single authority: sign in afresh for the roles.
            UI.getCurrent().getPage().setLocation("login?changed");
            new SecurityContextLogoutHandler().logout(
                    VaadinServletRequest.getCurrent().getHttpServletRequest(), null, null);
        } else {
            Notification.show("Your password has been changed.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? SecurityEvents.NO_CLIENT : request.getRemoteAddr();
    }
}
