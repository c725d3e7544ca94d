package uk.wmpathways.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import uk.wmpathways.infra.security.AccountUserDetails;
import uk.wmpathways.infra.security.SecurityEvents;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.infra.security.TwoStepSignIn;
import uk.wmpathways.ui.security.SessionSignIn;

/**
 * The second step of signing in, for an account with one-time codes: the password was right, the code from the
 * authenticator app completes the sign-in. A wrong code counts as a failed sign-in; once the account is locked
 * the person is signed out and the login page says why.
 */
@Route("login/code")
@PageTitle("One-time code | Pathways")
@PermitAll
public class OneTimeCodeView extends VerticalLayout implements BeforeEnterObserver {

    private final TwoStepSignIn twoStep;
    private final AuthenticationContext authentication;
    private final TextField code = new TextField("One-time code");

    public OneTimeCodeView(TwoStepSignIn twoStep, AuthenticationContext authentication) {
        this.twoStep = twoStep;
        this.authentication = authentication;
        setSizeFull();
        getElement().setAttribute("role", "main"); // the page's main landmark: it has no menu around it
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        code.setId("one-time-code");
        code.setManualValidation(true); // invalid only when the server says so
        code.setHelperText("The 6 digits your authenticator app shows for Pathways now");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        Button submit = new Button("Sign in", e -> submit());
        submit.setId("submit-one-time-code");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", e -> authentication.logout());
        cancel.setId("cancel-one-time-code");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1("Pathways"), new Paragraph("Two-step sign-in: enter the code from your authenticator app."),
                code, submit, cancel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SessionSignIn.holds(AccountUserDetails.ONE_TIME_CODE_REQUIRED)) {
            event.forwardTo(HomeView.class); // signed in already: nothing to do here
        }
    }

    private void submit() {
        String username = authentication.getPrincipalName().orElseThrow();
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        try {
            if (twoStep.checkCode(username, code.getValue(), clientAddress(), true)) {
                SessionSignIn.replaceWith(twoStep.signedInAs(username));
                UI.getCurrent().getPage().setLocation(contextPath + "/");
                return;
            }
        } catch (SignInThrottledException e) {
            UI.getCurrent().getPage().setLocation(contextPath + "/login?" + LoginView.LOCKED);
            new SecurityContextLogoutHandler().logout(
                    VaadinServletRequest.getCurrent().getHttpServletRequest(), null, null);
            return;
        }
        code.clear();
        code.setErrorMessage("This is not the code your app shows now (or it was used already). Try the next one.");
        code.setInvalid(true);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? SecurityEvents.NO_CLIENT : request.getRemoteAddr();
    }
}
