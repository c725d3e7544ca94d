package uk.wmpathways.infra.security;

/**
 * Where sign-in and account events go: every sign-in, failed sign-in (refusals while locked or slowed down
 * included), lock-out, unlock, password change, one-time codes switched on or off, and every change an administrator makes to an account
 * ({@link #recordAdministration}). The default bean writes them to the
 * application log without personal data ({@link LoggedSecurityEvents}); the tamper-evident access log replaces
 * it by declaring its own bean of this type.
 * <p>
 * {@code detail} is a short fixed phrase (never input, never a password); {@code clientAddress} is the address
 * the request came from ({@code "unknown"} when there was no request, for example at start-up).
 */
public interface SecurityEvents {

    String SIGN_IN = "sign-in";
    String SIGN_IN_FAILED = "sign-in-failed";
    String LOCKED_OUT = "locked-out";
    String UNLOCKED = "unlocked";
    String PASSWORD_CHANGED = "password-changed";
    String PASSWORD_CHANGE_REFUSED = "password-change-refused";
    String ACCOUNT_CREATED = "account-created";
    String ONE_TIME_PASSWORD_ISSUED = "one-time-password-issued";
    String ACCOUNT_DISABLED = "account-disabled";
    String ACCOUNT_ENABLED = "account-enabled";
    String ROLE_CHANGED = "role-changed";
    String ONE_TIME_CODES_ON = "one-time-codes-on";
    String ONE_TIME_CODES_OFF = "one-time-codes-off";
    String ONE_TIME_CODES_RESET = "one-time-codes-reset";

    /** The address recorded when an event has no request behind it. */
    String NO_CLIENT = "unknown";

    void record(String type, String username, String clientAddress, String detail);

    /**
     * An administrator changed the account {@code username}. {@code change} says what, in codes and fixed words
     * (a role, an organisation or practice code; never a password, never a display name). The application log
     * must not name {@code administrator} (personal data): the default records only that an administrator did it;
     * the access log's bean names them.
     */
    default void recordAdministration(String type, String username, String administrator, String clientAddress,
                                      String change) {
        record(type, username, clientAddress, "by an administrator: " + change);
    }
}
