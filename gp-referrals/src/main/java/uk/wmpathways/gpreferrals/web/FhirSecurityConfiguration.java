package uk.wmpathways.gpreferrals.web;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import uk.wmpathways.infra.security.ApiSignInDetails;
import uk.wmpathways.infra.security.OneTimeCodeRequiredException;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.infra.web.SecurityHeaders;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The FHIR endpoint ({@code /fhir/**}) signs callers in like the API: HTTP Basic on every request (no session, so no
 * CSRF), through infra's throttled sign-in (slow-down, lock-out, one-time code header). Only a GP referrer may send
 * a referral; the CapabilityStatement is open. Refusals are OperationOutcomes: 401 (429 while sign-in is paused),
 * 403 for every other role. Which practice may refer is decided on the message ({@code ReferralMessages}).
 */
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

    /** Before the UI's chain, which takes every other address; the API's chains (1 to 3) match other paths. */
    @Bean
    @Order(10)
    SecurityFilterChain fhirSecurity(HttpSecurity http, FhirResponses responses) throws Exception {
        return http
                .securityMatcher("/fhir/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                        .anyRequest().hasRole(Role.GP_REFERRER.name()))
                .httpBasic(basic -> basic.authenticationDetailsSource(ApiSignInDetails.SOURCE)
                        .authenticationEntryPoint((request, response, e) -> notSignedIn(response, responses, e)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> notSignedIn(response, responses, e))
                        .accessDeniedHandler((request, response, e) -> responses.write(response, HttpStatus.FORBIDDEN,
                                OperationOutcomes.of(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN,
                                        "Only a GP referrer's account may send referrals"))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.DATA_POLICY))
                .build();
    }

    private static void notSignedIn(HttpServletResponse response, FhirResponses responses, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
            responses.write(response, HttpStatus.TOO_MANY_REQUESTS, OperationOutcomes.of(HttpStatus.TOO_MANY_REQUESTS,
                    IssueType.THROTTLED, "Too many failed sign-ins: try again later"));
            return;
        }
        String diagnostics = e instanceof OneTimeCodeRequiredException
                ? "This account signs in with a one-time code: send it in the " + ApiSignInDetails.HEADER + " header"
                : "Sign in with HTTP Basic as a GP referrer";
        response.setHeader("WWW-Authenticate", "Basic realm=\"pathways\"");
        responses.write(response, HttpStatus.UNAUTHORIZED,
                OperationOutcomes.of(HttpStatus.UNAUTHORIZED, IssueType.LOGIN, diagnostics));
    }
}
