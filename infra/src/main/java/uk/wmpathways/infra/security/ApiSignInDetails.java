package uk.wmpathways.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * An HTTP Basic sign-in (REST API, operator endpoints): besides the client address, the one-time code sent in
 * {@value #HEADER}, which an account with one-time codes needs on every request (there is no session to
 * remember a code step). A login form's sign-in has plain {@link WebAuthenticationDetails} and takes the code
 * in a step of its own. {@link #toString()} leaves the code out.
 */
public class ApiSignInDetails extends WebAuthenticationDetails {

    public static final String HEADER = "X-One-Time-Code";

    private final String oneTimeCode;

    public ApiSignInDetails(HttpServletRequest request) {
        super(request);
        this.oneTimeCode = request.getHeader(HEADER);
    }

    /** For {@code httpBasic(basic -> basic.authenticationDetailsSource(ApiSignInDetails.SOURCE))}. */
    public static final AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> SOURCE =
            ApiSignInDetails::new;

    /** The code sent, or null. */
    public String oneTimeCode() {
        return oneTimeCode == null || oneTimeCode.isBlank() ? null : oneTimeCode;
    }

    @Override
    public String toString() {
        return "ApiSignInDetails[" + getRemoteAddress() + ", one-time code " + (oneTimeCode() == null ? "absent" : "sent") + "]";
    }
}
