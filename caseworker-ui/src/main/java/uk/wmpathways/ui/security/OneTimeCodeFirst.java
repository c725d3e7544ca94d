package uk.wmpathways.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.security.AccountUserDetails;
import uk.wmpathways.ui.LoginView;
import uk.wmpathways.ui.OneTimeCodeView;
import uk.wmpathways.ui.account.OneTimeCodesView;

/**
 * After the password, every page leads to the code step while a code is due; and an account whose role requires
 * one-time codes and has none is led to set them up. (They hold no role meanwhile, so no other page would open
 * anyway: this makes the way on obvious, as {@link PasswordChangeFirst} does for a one-time password.)
 */
@Component
public class OneTimeCodeFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        if (SessionSignIn.holds(AccountUserDetails.ONE_TIME_CODE_REQUIRED) && target != OneTimeCodeView.class) {
            event.forwardTo(OneTimeCodeView.class);
        } else if (SessionSignIn.holds(AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED)
                && target != OneTimeCodesView.class) {
            event.forwardTo(OneTimeCodesView.class);
        }
    }
}
