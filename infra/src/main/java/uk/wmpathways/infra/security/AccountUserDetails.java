package uk.wmpathways.infra.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.time.Clock;

/**
 * An account as Spring Security sees it. A person who must change their password gets a single authority,
 * {@value #PASSWORD_CHANGE_REQUIRED}, instead of their roles: until they have chosen their own password they can
 * open nothing but the change of password (the API and the UI both check it). A one-time password past its
 * expiry is an expired credential, refused after the password check. Likewise an account whose role requires
 * one-time codes ({@link TwoStepSignIn}) that has none yet gets only {@value #ONE_TIME_CODE_SETUP_REQUIRED}, and a
 * login form's sign-in waiting for its code step only {@value #ONE_TIME_CODE_REQUIRED}.
 */
public class AccountUserDetails implements UserDetailsService {

    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    public static final String ONE_TIME_CODE_SETUP_REQUIRED = "ONE_TIME_CODE_SETUP_REQUIRED";
    public static final String ONE_TIME_CODE_REQUIRED = "ONE_TIME_CODE_REQUIRED";

    private final UserAccounts accounts;
    private final Clock clock;
    private final TwoStepSignIn twoStep;

    /** Without one-time codes (tests of password sign-in alone). */
    public AccountUserDetails(UserAccounts accounts, Clock clock) {
        this(accounts, clock, null);
    }

    public AccountUserDetails(UserAccounts accounts, Clock clock, TwoStepSignIn twoStep) {
        this.accounts = accounts;
        this.clock = clock;
        this.twoStep = twoStep;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findForThisRequest(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        boolean expired = account.passwordExpiresAt() != null && !clock.instant().isBefore(account.passwordExpiresAt());
        String[] authorities = account.mustChangePassword()
                ? new String[] {PASSWORD_CHANGE_REQUIRED}
                : twoStep != null && twoStep.setupRequired(account)
                ? new String[] {ONE_TIME_CODE_SETUP_REQUIRED}
                : account.roles().stream().map(Role::authority).toArray(String[]::new);
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .credentialsExpired(expired)
                .authorities(authorities)
                .build();
    }
}
