package uk.wmpathways.infra.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountAdministration.NoSuchAccountException;
import uk.wmpathways.infra.web.InvalidField;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Two-step sign-in: a password, then a one-time code from an authenticator app ({@link OneTimeCodes}). The same
 * code for the REST API, the login form's code step, the account page and the accounts administration.
 * <ul>
 * <li>Every account may switch it on (a secret shown once, confirmed with a code) and off (with a current code),
 * except where its role requires it: {@link #REQUIRED_FOR} (demo accounts on the embedded demo excepted).</li>
 * <li>A code of the time step before or after now is accepted too; a code is never accepted twice.</li>
 * <li>A wrong code at sign-in or at switching off counts as a failed sign-in ({@link SignInThrottle}), and is
 * recorded ({@link SecurityEvents}) like a wrong password.</li>
 * </ul>
 * No message, exception or event carries a secret or a code.
 */
public class TwoStepSignIn {

    /** Roles that may not sign in with a password alone: they run the service or read the access log. */
    public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMIN, Role.DATA_PROTECTION);
    /** The field of a code, as the API and the forms name it. */
    public static final String CODE = "code";

    /** Where an account stands. */
    public enum State { OFF, SETTING_UP, ON }

    /** A new secret, before it is confirmed: the only moment it is shown. */
    public record Setup(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Setup[secret hidden]";
        }
    }

    /** A code refused: wrong, too old, or used already. Never carries the code. */
    public static class WrongOneTimeCodeException extends RuntimeException {
        WrongOneTimeCodeException() {
            super("Wrong one-time code");
        }

        public List<InvalidField> problems() {
            return List.of(new InvalidField(CODE, "This is not the code your app shows now (or it was used already)"));
        }
    }

    private final TotpCredentials credentials;
    private final UserAccounts accounts;
    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final Clock clock;
    private final Set<String> exempt;

    /** {@code exempt}: usernames that may sign in without codes whatever their role (the embedded demo's). */
    public TwoStepSignIn(TotpCredentials credentials, UserAccounts accounts, SignInThrottle throttle,
                         SecurityEvents events, Clock clock, Set<String> exempt) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.exempt = Set.copyOf(exempt);
    }

    public State state(String username) {
        // Not by find: a secret that does not open still leaves the account's codes on (and every code refused).
        return credentials.confirmed(username).map(on -> on ? State.ON : State.SETTING_UP).orElse(State.OFF);
    }

    /** Whether the account's role requires codes (and the account is not an exempt demo account). */
    public boolean required(UserAccount account) {
        return account.roles() != null && account.roles().stream().anyMatch(REQUIRED_FOR::contains)
                && !exempt.contains(account.username());
    }

    /** The account must set codes up before it may do anything else. */
    public boolean setupRequired(UserAccount account) {
        return required(account) && !credentials.isOn(account.username());
    }

    /** Whether sign-in asks this account for a code. */
    public boolean isOn(String username) {
        return credentials.isOn(username);
    }

    /**
     * A new secret for the signed-in person; replaces one not yet confirmed.
     *
     * @throws AccountConflictException codes are on already (switch them off first)
     */
    public Setup startSetup(String username) {
        if (credentials.isOn(username)) {
            throw new AccountConflictException("One-time codes are on already: switch them off first");
        }
        String secret = OneTimeCodes.newSecret();
        credentials.save(TotpCredential.pending(username, secret));
        return new Setup(secret, OneTimeCodes.otpauthUri(username, secret));
    }

    /**
     * The person shows that their app holds the new secret; from then on sign-in asks for codes. A wrong code is
     * a typing or set-up mistake, not a guess at a secret in use, so it does not count towards the lock-out.
     *
     * @throws WrongOneTimeCodeException the code is not the secret's now
     * @throws AccountConflictException there is no set-up in progress
     */
    public void confirmSetup(String username, String code, String clientAddress) {
        TotpCredential pending = credentials.find(username).filter(credential -> !credential.confirmed())
                .orElseThrow(() -> new AccountConflictException("Start setting up one-time codes first"));
        OptionalLong step = OneTimeCodes.matchingStep(pending.secret(), code, clock.instant());
        if (step.isEmpty()) {
            throw new WrongOneTimeCodeException();
        }
        credentials.save(pending.confirmedAt(step.getAsLong()));
        events.record(SecurityEvents.ONE_TIME_CODES_ON, username, clientAddress, "switched on by its owner");
    }

    /**
     * The code step of a sign-in (or of switching codes off): true when {@code code} is a current code of the
     * account not used before. Refused at once while the account or address is throttled; a wrong code counts
     * and is recorded as a failed sign-in, a right one as a sign-in when {@code signIn}.
     *
     * @throws SignInThrottledException too many failed sign-ins
     */
    public boolean checkCode(String username, String code, String clientAddress, boolean signIn) {
        var refusal = throttle.refusal(username, clientAddress);
        if (refusal.isPresent()) {
            events.record(SecurityEvents.SIGN_IN_FAILED, username, clientAddress,
                    refusal.get().accountLocked() ? "refused: account locked" : "refused: too many failed sign-ins");
            throw new SignInThrottledException(refusal.get().retryAfter());
        }
        if (accepted(username, code)) {
            if (signIn) {
                throttle.succeeded(username);
                events.record(SecurityEvents.SIGN_IN, username, clientAddress, "signed in with a one-time code");
            }
            return true;
        }
        boolean lockedNow = throttle.failed(username, clientAddress);
        events.record(SecurityEvents.SIGN_IN_FAILED, username, clientAddress, "wrong one-time code");
        if (lockedNow) {
            events.record(SecurityEvents.LOCKED_OUT, username, clientAddress, "too many failed sign-ins in a row");
        }
        return false;
    }

    /**
     * The signed-in person switches codes off. {@code code} is a current code (the API passes null when the
     * request was signed in with one already, {@code codeGiven}).
     *
     * @throws AccountConflictException their role requires codes, or codes are not on
     * @throws WrongOneTimeCodeException the code is wrong (counted as a failed sign-in)
     * @throws SignInThrottledException too many failed sign-ins
     */
    public void switchOff(String username, String code, boolean codeGiven, String clientAddress) {
        UserAccount account = accounts.find(username).orElseThrow(NoSuchAccountException::new);
        if (required(account)) {
            throw new AccountConflictException("Your role requires one-time codes: they cannot be switched off");
        }
        if (!credentials.isOn(username)) {
            throw new AccountConflictException("One-time codes are not on");
        }
        if (!codeGiven && !checkCode(username, code, clientAddress, false)) {
            throw new WrongOneTimeCodeException();
        }
        credentials.remove(username);
        events.record(SecurityEvents.ONE_TIME_CODES_OFF, username, clientAddress, "switched off by its owner");
    }

    /**
     * An administrator removes an account's one-time codes (a lost phone): the person signs in with their password
     * alone, or sets codes up again at once where the role requires them.
     *
     * @throws NoSuchAccountException no such account
     * @throws AccountConflictException the administrator's own account (they switch their own off themselves)
     */
    public void reset(String administrator, String username, String clientAddress) {
        boolean administers = accounts.find(administrator).filter(UserAccount::isAdministrator)
                .filter(account -> !account.mustChangePassword()).isPresent();
        if (!administers) {
            throw new AccessDeniedException("Only an administrator can run accounts");
        }
        UserAccount account = accounts.find(username).orElseThrow(NoSuchAccountException::new);
        if (account.username().equals(administrator)) {
            throw new AccountConflictException("You cannot reset your own one-time codes: ask another administrator");
        }
        boolean hadCodes = credentials.remove(username);
        events.recordAdministration(SecurityEvents.ONE_TIME_CODES_RESET, username, administrator, clientAddress,
                hadCodes ? "one-time codes reset" : "one-time codes reset (none were set up)");
    }

    /**
     * The person as they are signed in once every step is done (their roles, or what they must do first), for
     * the login form's code step and the set-up that a role requires: the session's sign-in is replaced with it.
     */
    public UserDetails signedInAs(String username) {
        return new AccountUserDetails(accounts, clock, this).loadUserByUsername(username);
    }

    /** Accepted: a current code of a confirmed secret, of a step after the last one used (marked used now). */
    private boolean accepted(String username, String code) {
        TotpCredential credential = credentials.find(username).filter(TotpCredential::confirmed).orElse(null);
        if (credential == null) {
            return false;
        }
        OptionalLong step = OneTimeCodes.matchingStep(credential.secret(), code, clock.instant());
        return step.isPresent() && credentials.markUsed(username, step.getAsLong());
    }
}
