package uk.wmpathways.infra.security;

import org.springframework.security.core.AuthenticationException;

/**
 * An HTTP Basic sign-in whose password was right, of an account with one-time codes, without a current code in
 * {@link ApiSignInDetails#HEADER} ({@code sent}: a code came but was wrong, too old or used before).
 */
public class OneTimeCodeRequiredException extends AuthenticationException {

    private final boolean sent;

    public OneTimeCodeRequiredException(boolean sent) {
        super(sent ? "Wrong one-time code" : "One-time code required");
        this.sent = sent;
    }

    public boolean sent() {
        return sent;
    }
}
