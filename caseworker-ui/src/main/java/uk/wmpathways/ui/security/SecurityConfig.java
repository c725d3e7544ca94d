package uk.wmpathways.ui.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import uk.wmpathways.infra.security.ApiSignInDetails;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.infra.web.SecurityHeaders;
import uk.wmpathways.ui.LoginView;

import java.util.Map;

/**
 * Sign-in for the browser UI (a login page, then a session), and for the operator endpoints. The REST API
 * has its own chain in infra. Both sign in through infra's throttled provider (slow-down and lock-out).
 */
@Configuration
class SecurityConfig extends VaadinWebSecurity {

    /**
     * The pages' Content-Security-Policy: as strict as Vaadin 24's production bundle allows. Vaadin writes
     * inline scripts into every page and runs the JavaScript the server sends with {@code new Function}
     * ({@code 'unsafe-inline'}, {@code 'unsafe-eval'}), and its components set inline styles; everything
     * else is our own origin only, and no other site may frame a page (click-jacking) or receive a form.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final SessionRegistry sessions;

    SecurityConfig(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Bean
    @Order(2)
    SecurityFilterChain operatorEndpoints(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationDetailsSource(ApiSignInDetails.SOURCE)) // one-time code header
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.DATA_POLICY))
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // The API's description has its own chain (infra), for signed-in users only.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(new AntPathRequestMatcher("/styles/**"), new AntPathRequestMatcher("/icons/**"))
                .permitAll());
        http.headers(SecurityHeaders.withPolicy(PAGE_POLICY));
        http.sessionManagement(session -> BrowserSessions.configure(session, sessions));
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.formLogin(form -> form.failureHandler(signInFailures()));
    }

    /**
     * Back to the login page, saying why when it helps: paused after repeated failures (said for every
     * username alike), or a one-time password that expired (said only to whoever knew it); otherwise the usual
     * "incorrect username or password".
     */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(
                SignInThrottledException.class.getName(), "/login?" + LoginView.LOCKED,
                CredentialsExpiredException.class.getName(), "/login?" + LoginView.EXPIRED));
        return failures;
    }
}
