package uk.wmpathways.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("login")
@PageTitle("Sign in | Pathways")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameters the sign-in failure handler and the change of password come back with. */
    public static final String LOCKED = "locked";
    public static final String EXPIRED = "expired";
    public static final String CHANGED = "changed";

    private final LoginForm login = new LoginForm();
    private final Paragraph changed = new Paragraph("Your password has been changed. Sign in with your new password.");

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        getElement().setAttribute("role", "main"); // the page's main landmark: it has no menu around it
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Pathways"),
                new Paragraph("Case management for Housing First, the Rough Sleeping Initiative and Thrive into Work"),
                changed, login, accessibilityStatement());
        changed.setId("password-changed");
        changed.setVisible(false);
    }

    private static Anchor accessibilityStatement() {
        Anchor link = new Anchor(AccessibilityStatementView.ROUTE, "Accessibility statement");
        link.setId("accessibility-statement-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        if (parameters.containsKey(LOCKED)) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Sign-in is paused for a while after repeated failures (up to 15 "
                    + "minutes). Try again later, or ask an administrator to unlock your account.");
        } else if (parameters.containsKey(EXPIRED)) {
            i18n.getErrorMessage().setTitle("One-time password expired");
            i18n.getErrorMessage().setMessage("A one-time password works for 24 hours only. Ask for a new one.");
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey(LOCKED)
                || parameters.containsKey(EXPIRED));
        changed.setVisible(parameters.containsKey(CHANGED));
    }
}
