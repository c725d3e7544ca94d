package uk.wmpathways.infra.security;

/**
 * Where sign-in and account events go: every sign-in, failed sign-in (refusals while locked or slowed down
 * included), lock-out, unlock, password change and account creation. The default bean writes them to the
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

    /** The address recorded when an event has no request behind it. */
    String NO_CLIENT = "unknown";

    void record(String type, String username, String clientAddress, String detail);
}
