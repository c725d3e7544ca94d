package uk.wmpathways.infra.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, one definition for every filter chain (the REST API's and the API
 * description's in infra, the browser UI's and the operator endpoints' in the application), so that they cannot
 * drift apart. Each chain gives its own Content-Security-Policy: pages need scripts and styles, data nothing.
 * <p>
 * Kept from Spring Security's defaults: {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store}
 * and HSTS (one year, subdomains), which Spring writes on secure requests only (HTTPS, or
 * {@code X-Forwarded-Proto: https} from a trusted proxy), as a browser ignores it over plain HTTP anyway.
 */
public final class SecurityHeaders {

    /** For answers that are data, never pages (JSON, CSV, Excel): nothing in them may load, run or be framed. */
    public static final String DATA_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI: its own scripts, inline styles and data: images (its icons). */
    public static final String API_DESCRIPTION_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** No page of ours uses these; a script injected into one could not either. */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    /** The headers for a filter chain whose responses get {@code contentSecurityPolicy}. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> withPolicy(String contentSecurityPolicy) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                // Addresses name participants' and enrolments' ids: they stay with us.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(resource -> resource.policy(CrossOriginResourcePolicy.SAME_ORIGIN));
    }

    /**
     * The same headers, with the data policy, on a response that no filter chain sees: a request refused by
     * Spring Security's firewall or by Tomcat itself (the body is then a problem+json, not a page).
     */
    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", DATA_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
