package uk.wmpathways.infra.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.web.InvalidField;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator does to other people's accounts, for the REST API and the UI alike: create one (with a
 * one-time password), disable, enable, reset the password (a new one-time password) and change the role. Every
 * change is recorded in {@link SecurityEvents} naming the account and the administrator; a refused request
 * changes nothing. An administrator cannot disable their own account, take away their own ADMIN role or reset
 * their own password, so the acting administrator always remains one. The acting person must be an enabled
 * administrator as their account stands now ({@link AccessDeniedException} otherwise).
 * <p>
 * Rules: a username is {@value #USERNAME_RULE}, unique ignoring case (sign-in throttling already treats case as
 * the same account); a display name is required (at most {@value #MAX_DISPLAY_NAME} characters); an account has
 * exactly one role; a caseworker has a provider organisation that exists, a GP referrer a practice ODS code
 * ({@value #ODS_RULE}) and no organisation, and every other role neither.
 */
public class AccountAdministration {

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";
    public static final String PRACTICE_ODS_CODE = "practiceOdsCode";
    static final String USERNAME_RULE = "3 to 64 letters, digits, dots, hyphens or underscores";
    static final String ODS_RULE = "3 to 10 capital letters or digits";
    static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern USERNAME_PATTERN = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");

    /** A new account, as the form and the API give it. */
    public record NewAccount(String username, String displayName, Role role, String organisation,
                             String practiceOdsCode) {
    }

    /** A role, with the organisation or practice that goes with it. */
    public record RoleChange(Role role, String organisation, String practiceOdsCode) {
    }

    /** A one-time password just issued: shown to the administrator once, never stored in clear. */
    public record OneTimePassword(UserAccount account, String password, Instant expiresAt) {
        @Override
        public String toString() {
            return "OneTimePassword[" + account.username() + ", expires " + expiresAt + "]";
        }
    }

    /** Refused for what was entered; every problem at once, by field. */
    public static class InvalidAccountException extends RuntimeException {
        private final List<InvalidField> problems;

        InvalidAccountException(List<InvalidField> problems) {
            super("Invalid account: " + problems.stream().map(InvalidField::field).toList());
            this.problems = List.copyOf(problems);
        }

        public List<InvalidField> problems() {
            return problems;
        }
    }

    /** There is no account with this username. */
    public static class NoSuchAccountException extends RuntimeException {
        NoSuchAccountException() {
            super("There is no account with this username");
        }
    }

    /** Refused as it stands: the username is taken, or an administrator would act on their own account. */
    public static class AccountConflictException extends RuntimeException {
        AccountConflictException(String message) {
            super(message);
        }
    }

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ProviderOrganisations organisations;
    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final Clock clock;

    public AccountAdministration(UserAccounts accounts, PasswordEncoder encoder, ProviderOrganisations organisations,
                                 SignInThrottle throttle, SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.organisations = organisations;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Every account, by username. */
    public List<UserAccount> list(String administrator) {
        requireAdministrator(administrator);
        return accounts.all().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    /** Whether the account is locked out after failed sign-ins now. */
    public boolean isLocked(String username) {
        return throttle.isLocked(username);
    }

    /**
     * @throws InvalidAccountException what is wrong, by field
     * @throws AccountConflictException the username is taken (ignoring case)
     */
    public OneTimePassword create(String administrator, NewAccount request, String clientAddress) {
        requireAdministrator(administrator);
        String username = blankToNull(request.username());
        String displayName = blankToNull(request.displayName());
        String organisation = blankToNull(request.organisation());
        String practice = blankToNull(request.practiceOdsCode());
        List<InvalidField> problems = new ArrayList<>();
        if (username == null) {
            problems.add(new InvalidField(USERNAME, "Enter a username"));
        } else if (!USERNAME_PATTERN.matcher(username).matches()) {
            problems.add(new InvalidField(USERNAME, "Use " + USERNAME_RULE));
        }
        if (displayName == null) {
            problems.add(new InvalidField(DISPLAY_NAME, "Enter the person's name"));
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            problems.add(new InvalidField(DISPLAY_NAME, "Use at most " + MAX_DISPLAY_NAME + " characters"));
        }
        problems.addAll(roleProblems(request.role(), organisation, practice));
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        if (usernameTaken(username)) {
            throw new AccountConflictException("This username is taken: choose another");
        }
        String password = OneTimePasswords.next();
        Instant expiresAt = clock.instant().plus(OneTimePasswords.VALIDITY);
        UserAccount account = new UserAccount(username, encoder.encode(password), displayName,
                Set.of(request.role()), true, organisation, true, expiresAt, practice);
        if (!accounts.addIfAbsent(account)) {
            throw new AccountConflictException("This username is taken: choose another");
        }
        events.recordAdministration(SecurityEvents.ACCOUNT_CREATED, username, administrator, clientAddress,
                "created with " + describe(account) + ", one-time password");
        return new OneTimePassword(account, password, expiresAt);
    }

    /** @return the account as it is now (unchanged, and nothing recorded, when it was disabled already) */
    public UserAccount disable(String administrator, String username, String clientAddress) {
        requireAdministrator(administrator);
        UserAccount account = existing(username);
        if (account.username().equals(administrator)) {
            throw new AccountConflictException(
                    "You cannot disable your own account: another administrator must do it");
        }
        if (!account.enabled()) {
            return account;
        }
        UserAccount disabled = account.withEnabled(false);
        accounts.replace(disabled);
        events.recordAdministration(SecurityEvents.ACCOUNT_DISABLED, username, administrator, clientAddress,
                "disabled");
        return disabled;
    }

    /** @return the account as it is now (unchanged, and nothing recorded, when it was enabled already) */
    public UserAccount enable(String administrator, String username, String clientAddress) {
        requireAdministrator(administrator);
        UserAccount account = existing(username);
        if (account.enabled()) {
            return account;
        }
        UserAccount enabled = account.withEnabled(true);
        accounts.replace(enabled);
        events.recordAdministration(SecurityEvents.ACCOUNT_ENABLED, username, administrator, clientAddress,
                "enabled");
        return enabled;
    }

    /**
     * A new one-time password replaces the account's password, which stops working at once; a lock-out after
     * failed sign-ins is lifted. One's own password is changed with "Change password" instead.
     */
    public OneTimePassword resetPassword(String administrator, String username, String clientAddress) {
        requireAdministrator(administrator);
        UserAccount account = existing(username);
        if (account.username().equals(administrator)) {
            throw new AccountConflictException(
                    "You cannot reset your own password here: use \"Change password\"");
        }
        String password = OneTimePasswords.next();
        Instant expiresAt = clock.instant().plus(OneTimePasswords.VALIDITY);
        UserAccount reset = account.withOneTimePassword(encoder.encode(password), expiresAt);
        accounts.replace(reset);
        boolean wasLocked = throttle.unlock(username);
        events.recordAdministration(SecurityEvents.ONE_TIME_PASSWORD_ISSUED, username, administrator, clientAddress,
                "password reset to a one-time password" + (wasLocked ? ", unlocked" : "")
                        + (account.enabled() ? "" : " (account disabled)"));
        return new OneTimePassword(reset, password, expiresAt);
    }

    /**
     * @return the account as it is now (unchanged, and nothing recorded, when it had this role already)
     * @throws InvalidAccountException what is wrong, by field
     */
    public UserAccount changeRole(String administrator, String username, RoleChange change, String clientAddress) {
        requireAdministrator(administrator);
        String organisation = blankToNull(change.organisation());
        String practice = blankToNull(change.practiceOdsCode());
        List<InvalidField> problems = roleProblems(change.role(), organisation, practice);
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        UserAccount account = existing(username);
        if (account.username().equals(administrator) && change.role() != Role.ADMIN) {
            throw new AccountConflictException(
                    "You cannot take away your own administrator role: another administrator must do it");
        }
        UserAccount changed = account.withRole(change.role(), organisation, practice);
        if (changed.equals(account)) {
            return account;
        }
        accounts.replace(changed);
        events.recordAdministration(SecurityEvents.ROLE_CHANGED, username, administrator, clientAddress,
                "from " + describe(account) + " to " + describe(changed));
        return changed;
    }

    /**
     * The acting person is an administrator as their account stands now, not only as their session says: a
     * browser session opened before they were disabled or demoted keeps its roles until it ends.
     */
    private void requireAdministrator(String administrator) {
        boolean administers = accounts.find(administrator)
                .filter(UserAccount::isAdministrator)
                .filter(account -> !account.mustChangePassword())
                .isPresent();
        if (!administers) {
            throw new AccessDeniedException("Only an administrator can run accounts");
        }
    }

    private List<InvalidField> roleProblems(Role role, String organisation, String practice) {
        List<InvalidField> problems = new ArrayList<>();
        if (role == null) {
            problems.add(new InvalidField(ROLE, "Choose a role"));
            return problems;
        }
        if (role == Role.CASEWORKER) {
            if (organisation == null) {
                problems.add(new InvalidField(ORGANISATION, "Choose the caseworker's organisation"));
            } else if (!organisations.exists(organisation)) {
                problems.add(new InvalidField(ORGANISATION, "There is no provider organisation with this code"));
            } else if (!organisations.isActive(organisation)) {
                problems.add(new InvalidField(ORGANISATION, "This organisation is retired: it takes no new accounts"));
            }
        } else if (organisation != null) {
            problems.add(new InvalidField(ORGANISATION, "Only a caseworker belongs to a provider organisation"));
        }
        if (role == Role.GP_REFERRER) {
            if (practice == null) {
                problems.add(new InvalidField(PRACTICE_ODS_CODE, "Enter the practice's ODS code"));
            } else if (!ODS_CODE.matcher(practice).matches()) {
                problems.add(new InvalidField(PRACTICE_ODS_CODE, "Use " + ODS_RULE));
            }
        } else if (practice != null) {
            problems.add(new InvalidField(PRACTICE_ODS_CODE, "Only a GP referrer has a practice"));
        }
        return problems;
    }

    private boolean usernameTaken(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        return accounts.find(username).isPresent() || accounts.all().stream()
                .anyMatch(account -> account.username().toLowerCase(Locale.ROOT).equals(lower));
    }

    private UserAccount existing(String username) {
        return accounts.find(username).orElseThrow(NoSuchAccountException::new);
    }

    /** Codes and fixed words only: what the access log may say of an account. */
    private static String describe(UserAccount account) {
        StringBuilder text = new StringBuilder("role ").append(Objects.toString(account.role(), "none"));
        if (account.organisation() != null) {
            text.append(", organisation ").append(account.organisation());
        }
        if (account.practiceOdsCode() != null) {
            text.append(", practice ").append(account.practiceOdsCode());
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
