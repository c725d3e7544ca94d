package uk.wmpathways.infra.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in refused without looking at the password, because of earlier failures of the account or of the
 * client address. It says the same for a username that has no account, so it tells nobody which exist.
 */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** How long until an attempt may be made again (at least a second). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
