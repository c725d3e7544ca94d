package uk.wmpathways.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.unit.DataSize;

import java.io.IOException;

/**
 * Every module's REST API ({@code /api/**}) signs callers in with HTTP Basic on every request (no session, so
 * no CSRF token), and answers 401 and 403 as problem+json. Which role may call what is declared on each
 * endpoint ({@code @PreAuthorize}). Answers carry the security headers with the policy for data (nothing in
 * them may run), and a body over {@code pathways.api.max-request-body} (1 MB) is refused with 413.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper,
                                    @Value("${pathways.api.max-request-body:1MB}") DataSize maxRequestBody)
            throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        write(response, objectMapper, HttpStatus.UNAUTHORIZED, "Not signed in",
                                "Sign in with HTTP Basic to use the API")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) ->
                                write(response, objectMapper, HttpStatus.UNAUTHORIZED, "Not signed in",
                                        "Sign in with HTTP Basic to use the API"))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, objectMapper, HttpStatus.FORBIDDEN, "Forbidden",
                                        "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.DATA_POLICY))
                // After sign-in: a stranger is told 401, whatever the size of what they sent.
                .addFilterAfter(new RequestBodyLimit(maxRequestBody, objectMapper), AuthorizationFilter.class)
                .build();
    }

    private static void write(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
                              String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"pathways\"");
        }
        objectMapper.writeValue(response.getOutputStream(), Problems.problem(status, title, detail));
    }
}
