package uk.wmpathways.infra.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.web.InvalidField;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a person does with their own account, and an administrator's unlock: the same code for the REST API and
 * the UI. The rest of what administrators do to accounts is {@link AccountAdministration}'s. Every password chosen here passes {@link PasswordPolicy}; every outcome is recorded in
 * {@link SecurityEvents}.
 */
public class AccountService {

    /** The fields of a change of one's own password, as the API and the form name them. */
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String NEW_PASSWORD = "newPassword";
    public static final String REPEAT_NEW_PASSWORD = "repeatNewPassword";

    /** A request refused for what was entered; every problem at once, by field. Never carries a password. */
    public static class InvalidPasswordChangeException extends RuntimeException {
        private final List<InvalidField> problems;

        InvalidPasswordChangeException(List<InvalidField> problems) {
            super("Invalid password change: " + problems.stream().map(InvalidField::field).toList());
            this.problems = List.copyOf(problems);
        }

        public List<InvalidField> problems() {
            return problems;
        }
    }

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final SecurityEvents events;

    public AccountService(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy,
                          SignInThrottle throttle, SecurityEvents events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.events = events;
    }

    /**
     * The signed-in person {@code username} replaces their password. The current one is asked again so that
     * someone at an unattended signed-in screen cannot take the account over; a wrong one counts as a failed
     * sign-in (the form must not be a way around the lock-out), and while the account is locked the change is
     * refused with {@link SignInThrottledException}.
     *
     * @throws InvalidPasswordChangeException what is wrong, by field
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword,
                                  String repeatNewPassword, String clientAddress) {
        var refusal = throttle.refusal(username, clientAddress);
        if (refusal.isPresent()) {
            events.record(SecurityEvents.PASSWORD_CHANGE_REFUSED, username, clientAddress, "too many failed sign-ins");
            throw new SignInThrottledException(refusal.get().retryAfter());
        }
        UserAccount account = accounts.find(username).orElse(null); // null: removed since they signed in
        List<InvalidField> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(new InvalidField(CURRENT_PASSWORD, "Enter your current password"));
        } else if (account == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(new InvalidField(CURRENT_PASSWORD, "This is not your current password"));
            if (throttle.failed(username, clientAddress)) {
                events.record(SecurityEvents.LOCKED_OUT, username, clientAddress, "too many wrong current passwords");
            }
        }
        policy.problems(username, newPassword)
                .forEach(message -> problems.add(new InvalidField(NEW_PASSWORD, message)));
        if (newPassword != null && !newPassword.isEmpty() && Objects.equals(newPassword, currentPassword)) {
            problems.add(new InvalidField(NEW_PASSWORD, "Must differ from your current password"));
        }
        if (!Objects.equals(newPassword, repeatNewPassword)) {
            problems.add(new InvalidField(REPEAT_NEW_PASSWORD, "Does not match the new password"));
        }
        if (!problems.isEmpty()) {
            events.record(SecurityEvents.PASSWORD_CHANGE_REFUSED, username, clientAddress,
                    "refused: " + String.join(", ", problems.stream().map(InvalidField::field).distinct().toList()));
            throw new InvalidPasswordChangeException(problems);
        }
        accounts.replace(account.withOwnPassword(encoder.encode(newPassword)));
        events.record(SecurityEvents.PASSWORD_CHANGED, username, clientAddress,
                account.mustChangePassword() ? "one-time password replaced" : "changed by its owner");
    }

    /**
     * An administrator lets a locked-out account sign in again at once (its failed sign-ins are forgotten).
     *
     * @return false when there is no such account
     */
    public boolean unlock(String username, String clientAddress) {
        if (accounts.find(username).isEmpty()) {
            return false;
        }
        boolean wasLocked = throttle.unlock(username);
        events.record(SecurityEvents.UNLOCKED, username, clientAddress,
                wasLocked ? "unlocked by an administrator" : "unlocked by an administrator (was not locked)");
        return true;
    }
}
