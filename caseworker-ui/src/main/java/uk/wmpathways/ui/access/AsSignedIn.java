package uk.wmpathways.ui.access;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;

/** Hands a task to another thread as the person signed in now, so that what it asks is asked as them. */
public final class AsSignedIn {

    private AsSignedIn() {
    }

    public static Runnable wrap(Runnable task) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CallerDispatchInterceptors.currentAuthentication());
        return DelegatingSecurityContextRunnable.create(task, context);
    }
}
