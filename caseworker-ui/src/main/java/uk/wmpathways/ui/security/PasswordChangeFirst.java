package uk.wmpathways.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.security.AccountUserDetails;
import uk.wmpathways.ui.LoginView;
import uk.wmpathways.ui.account.ChangePasswordView;

/**
 * After a sign-in with a one-time password, every page leads to "Change password" until the person has chosen
 * their own. (They hold no role meanwhile, so no other page would open anyway: this makes the way out obvious.)
 */
@Component
public class PasswordChangeFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (required() && target != ChangePasswordView.class && target != LoginView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    /** Whether the signed-in person must choose their own password before anything else. */
    public static boolean required() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(authority -> AccountUserDetails.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
    }
}
