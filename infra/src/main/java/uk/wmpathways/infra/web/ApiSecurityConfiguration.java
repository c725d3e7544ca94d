package uk.wmpathways.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.unit.DataSize;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.infra.security.AccountUserDetails;
import uk.wmpathways.infra.security.ApiSignInDetails;
import uk.wmpathways.infra.security.OneTimeCodeRequiredException;
import uk.wmpathways.infra.security.SignInThrottledException;

import java.io.IOException;

/**
 * Every module's REST API ({@code /api/**}) signs callers in with HTTP Basic on every request (no session, so
 * no CSRF token), and answers 401, 403 and 429 as problem+json. Which role may call what is declared on each
 * endpoint ({@code @PreAuthorize}). A caller who must change their password (a one-time password) may call
 * nothing but {@code PUT /api/account/password}, and one whose role requires one-time codes and has none yet
 * nothing but that and {@code /api/account/one-time-codes} (an account with codes sends a current one in
 * {@link ApiSignInDetails#HEADER} with every request): checked here, for every endpoint at once, so that an endpoint
 * that only asks for a signed-in caller cannot be used with a one-time password. Answers carry the security
 * headers with the policy for data (nothing in them may run), and a body over
 * {@code pathways.api.max-request-body} (1 MB) is refused with 413.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

    private static final String NOT_SIGNED_IN = "Sign in with HTTP Basic to use the API";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper,
                                    @Value("${pathways.api.max-request-body:1MB}") DataSize maxRequestBody)
            throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.PUT, "/api/account/password").authenticated()
                        .requestMatchers("/api/account/one-time-codes", "/api/account/one-time-codes/**")
                        .access(new WebExpressionAuthorizationManager("isAuthenticated() and !hasAuthority('"
                                + AccountUserDetails.PASSWORD_CHANGE_REQUIRED + "')"))
                        .anyRequest().access(new WebExpressionAuthorizationManager(
                                "isAuthenticated() and !hasAuthority('"
                                        + AccountUserDetails.PASSWORD_CHANGE_REQUIRED + "') and !hasAuthority('"
                                        + AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED + "')")))
                .httpBasic(basic -> basic.authenticationDetailsSource(ApiSignInDetails.SOURCE)
                        .authenticationEntryPoint((request, response, e) -> notSignedIn(response, objectMapper, e)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> notSignedIn(response, objectMapper, e))
                        .accessDeniedHandler((request, response, e) -> forbidden(request, response, objectMapper)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.DATA_POLICY))
                // After sign-in: a stranger is told 401, whatever the size of what they sent.
                .addFilterAfter(new RequestBodyLimit(maxRequestBody, objectMapper), AuthorizationFilter.class)
                .build();
    }

    /** 401, or 429 with Retry-After while sign-in is paused for the account or the address. */
    private static void notSignedIn(HttpServletResponse response, ObjectMapper objectMapper,
                                    AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
            write(response, objectMapper, HttpStatus.TOO_MANY_REQUESTS,
                    Problems.tooManyFailedSignIns(throttled.retryAfter()));
            return;
        }
        if (e instanceof OneTimeCodeRequiredException code) {
            ProblemDetail problem = Problems.problem(HttpStatus.UNAUTHORIZED, "One-time code required",
                    (code.sent() ? "The one-time code is wrong, too old or was used already. " : "")
                            + "This account signs in with a one-time code: send the code your authenticator app "
                            + "shows now in the " + ApiSignInDetails.HEADER + " header (each code works once)");
            problem.setProperty("oneTimeCodeHeader", ApiSignInDetails.HEADER);
            write(response, objectMapper, HttpStatus.UNAUTHORIZED, problem);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"pathways\"");
        write(response, objectMapper, HttpStatus.UNAUTHORIZED,
                Problems.problem(HttpStatus.UNAUTHORIZED, "Not signed in", NOT_SIGNED_IN));
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, ObjectMapper objectMapper)
            throws IOException {
        // The request's own sign-in: the static holder may hold another strategy's context (see
        // CallerDispatchInterceptors.currentAuthentication).
        Authentication signedIn = request.getUserPrincipal() instanceof Authentication principal ? principal
                : CallerDispatchInterceptors.currentAuthentication();
        boolean mustChange = holds(signedIn, AccountUserDetails.PASSWORD_CHANGE_REQUIRED);
        boolean mustSetUpCodes = holds(signedIn, AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED);
        write(response, objectMapper, HttpStatus.FORBIDDEN, mustChange
                ? Problems.problem(HttpStatus.FORBIDDEN, "Password change required",
                        "Choose your own password first: PUT /api/account/password")
                : mustSetUpCodes
                ? Problems.problem(HttpStatus.FORBIDDEN, "One-time codes required",
                        "Your role requires one-time codes: set them up first: POST /api/account/one-time-codes, "
                                + "then POST /api/account/one-time-codes/confirmation with a code")
                : Problems.problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this"));
    }

    private static boolean holds(Authentication signedIn, String authority) {
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(held -> authority.equals(held.getAuthority()));
    }

    private static void write(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
                              ProblemDetail problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
