package uk.wmpathways.infra.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.List;

/**
 * Every username-and-password sign-in, by the login form and by HTTP Basic alike: refused at once while the
 * account or the client address has too many recent failures ({@link SignInThrottle}), otherwise checked by
 * Spring Security's {@link DaoAuthenticationProvider}, and recorded ({@link SecurityEvents}).
 * <p>
 * No user enumeration. An unknown username is counted, slowed down and locked like a known one, and its
 * password is checked against a dummy hash as long to check as a real one (Spring Security's own defence).
 * The account's state (disabled, one-time password expired) is checked only <em>after</em> the password, so
 * that it neither answers faster nor differently for someone who does not know the password.
 * <p>
 * An account with one-time codes ({@link TwoStepSignIn}) is not signed in by its password alone: an HTTP Basic
 * request must carry a current code ({@link ApiSignInDetails}), else {@link OneTimeCodeRequiredException}; a
 * login form's sign-in gets only the authority {@value AccountUserDetails#ONE_TIME_CODE_REQUIRED} until its code
 * step. Its failures are not forgotten before the code is right, so that codes are guessed no faster than
 * passwords.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final TwoStepSignIn twoStep;

    /** Passwords alone (tests of the throttle). */
    public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                           SecurityEvents events) {
        this(users, encoder, throttle, events, null);
    }

    public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                           SecurityEvents events, TwoStepSignIn twoStep) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.events = events;
        this.twoStep = twoStep;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        var refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            events.record(SecurityEvents.SIGN_IN_FAILED, username, address,
                    refusal.get().accountLocked() ? "refused: account locked" : "refused: too many failed sign-ins");
            throw new SignInThrottledException(refusal.get().retryAfter());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            boolean lockedNow = throttle.failed(username, address);
            events.record(SecurityEvents.SIGN_IN_FAILED, username, address, "wrong username or password");
            if (lockedNow) {
                events.record(SecurityEvents.LOCKED_OUT, username, address, "too many failed sign-ins in a row");
            }
            throw e;
        } catch (AccountStatusException e) {
            // The password was right: not a guess, so not counted.
            events.record(SecurityEvents.SIGN_IN_FAILED, username, address,
                    e instanceof CredentialsExpiredException ? "one-time password expired" : "account disabled");
            throw e;
        }
        if (twoStep != null && twoStep.isOn(signedIn.getName())) {
            return withOneTimeCode(attempt, signedIn, address);
        }
        throttle.succeeded(username);
        events.record(SecurityEvents.SIGN_IN, username, address, "signed in");
        return signedIn;
    }

    private Authentication withOneTimeCode(Authentication attempt, Authentication signedIn, String address) {
        if (!(attempt.getDetails() instanceof ApiSignInDetails api)) {
            return UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null,
                    List.of(new SimpleGrantedAuthority(AccountUserDetails.ONE_TIME_CODE_REQUIRED)));
        }
        if (api.oneTimeCode() == null) {
            events.record(SecurityEvents.SIGN_IN_FAILED, signedIn.getName(), address, "one-time code missing");
            throw new OneTimeCodeRequiredException(false);
        }
        if (!twoStep.checkCode(signedIn.getName(), api.oneTimeCode(), address, true)) {
            throw new OneTimeCodeRequiredException(true);
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The address the login form's or the Basic request's filter put in the details. */
    static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : SecurityEvents.NO_CLIENT;
    }
}
