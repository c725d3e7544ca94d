package uk.wmpathways.ui.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.ui.LoginView;

import java.util.Map;

/**
 * Sign-in for the browser UI (a login page, then a session), and for the operator endpoints. The REST API
 * has its own chain in infra. Both sign in through infra's throttled provider (slow-down and lock-out).
 */
@Configuration
class SecurityConfig extends VaadinWebSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain operatorEndpoints(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(new AntPathRequestMatcher("/v3/api-docs/**"),
                        new AntPathRequestMatcher("/swagger-ui/**"),
                        new AntPathRequestMatcher("/swagger-ui.html"),
                        new AntPathRequestMatcher("/styles/**"))
                .permitAll());
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
