package uk.wmpathways.ui.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser UI's sessions (the REST API has none):
 * <ul>
 * <li><b>Idle time-out.</b> {@code server.servlet.session.timeout} (20 minutes). Vaadin's heartbeat keeps an open
 * page's session alive, so Vaadin is told to close a session idle for that long anyway
 * ({@code vaadin.closeIdleSessions}: a heartbeat is not activity). Vaadin then closes only its own part of the
 * session; {@link #signOutWhenVaadinClosesAnIdleSession} ends the HTTP session too, or the person would still be
 * signed in on the next page load. The page warns two minutes before ({@code IdleWarning}).</li>
 * <li><b>At most {@value #MAX_SESSIONS} sessions per person</b>; signing in once more ends the oldest. A page of
 * an ended session is sent to the login page at its next request.</li>
 * <li><b>Session fixation</b>: signing in gives the session a new id (Spring Security's default, stated here).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class BrowserSessions {

    static final int MAX_SESSIONS = 3;
    private static final Logger log = LoggerFactory.getLogger(BrowserSessions.class);

    /** Who is signed in where, so that the oldest session can be ended. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id (sign-in); Spring Boot registers it with Tomcat. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    static void configure(SessionManagementConfigurer<HttpSecurity> session, SessionRegistry registry) {
        session.sessionFixation(SessionManagementConfigurer.SessionFixationConfigurer::changeSessionId)
                .maximumSessions(MAX_SESSIONS)
                .maxSessionsPreventsLogin(false)
                .sessionRegistry(registry)
                .expiredSessionStrategy(event -> answerAsExpired(event.getRequest(), event.getResponse()));
    }

    /**
     * A request of a session ended for a newer one (already signed out by then), answered as Vaadin answers for
     * a session that has expired, so that the page goes to the login page instead of showing an error: its
     * server round trips get Vaadin's "session expired" message, its heartbeats 410, anything else a redirect.
     */
    private static void answerAsExpired(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String type = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (HandlerHelper.RequestType.UIDL.getIdentifier().equals(type)) {
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createSessionExpiredJSON(false)
                    .getBytes(StandardCharsets.UTF_8));
        } else if (HandlerHelper.RequestType.HEARTBEAT.getIdentifier().equals(type)) {
            response.setStatus(HttpStatusCode.GONE.getCode()); // not sendError: its error page would need sign-in
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    /** When Vaadin closes a session for inactivity, the person is signed out (the HTTP session ends). */
    @Bean
    VaadinServiceInitListener signOutWhenVaadinClosesAnIdleSession() {
        return init -> init.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http == null) {
                return; // the HTTP session ended first (sign-out, container time-out): nothing left to end
            }
            try {
                http.invalidate();
                log.debug("Signed out a session that Vaadin closed for inactivity");
            } catch (IllegalStateException alreadyEnded) {
                // Vaadin's session is destroyed because the HTTP session is being invalidated
            }
        });
    }
}
