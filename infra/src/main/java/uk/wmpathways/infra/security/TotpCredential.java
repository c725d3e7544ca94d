package uk.wmpathways.infra.security;

/**
 * A person's one-time-code secret ({@link OneTimeCodes}). {@code confirmed}: the person proved with a code that
 * their app holds it, so sign-in asks for codes; until then it is a set-up in progress and asks for nothing.
 * {@code lastUsedStep}: the time step of the last code accepted, so that no code is accepted twice.
 * Kept apart from the account document so that the account's history and its other fields stay as they were;
 * stored with the secret sealed ({@link TotpCredentials}). {@link #toString()} leaves the secret out, so that it
 * cannot reach a log by accident.
 */
public record TotpCredential(String username, String secret, boolean confirmed, long lastUsedStep) {

    static TotpCredential pending(String username, String secret) {
        return new TotpCredential(username, secret, false, Long.MIN_VALUE);
    }

    TotpCredential confirmedAt(long step) {
        return new TotpCredential(username, secret, true, step);
    }

    @Override
    public String toString() {
        return "TotpCredential[username=" + username + ", confirmed=" + confirmed + "]";
    }
}
