package uk.wmpathways.ui.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.wmpathways.infra.security.AccountUserDetails;

/**
 * The browser session's sign-in, replaced once a step that the password alone did not complete is done (the
 * one-time code, or the set-up of codes a role requires): the session then holds the person's roles.
 */
public final class SessionSignIn {

    private SessionSignIn() {
    }

    /**
     * Replaces the session's sign-in with {@code user} as they are now (their roles), and gives the session a new
     * id, as signing in with the password did: whoever learnt the id of the half-signed-in session does not get
     * the signed-in one. The caller then reloads the page (the browser takes the new cookie with it).
     */
    public static void replaceWith(UserDetails user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        new HttpSessionSecurityContextRepository().saveContext(context, request,
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        request.changeSessionId();
    }

    /** Whether the signed-in person holds {@code authority} (one of {@link AccountUserDetails}'s steps). */
    public static boolean holds(String authority) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(held -> authority.equals(held.getAuthority()));
    }
}
