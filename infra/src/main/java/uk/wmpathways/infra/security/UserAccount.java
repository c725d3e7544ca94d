package uk.wmpathways.infra.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

/**
 * A person who can sign in. The password is stored only as a hash ({@link PasswordHashing}). {@code organisation}
 * is the code of the provider organisation a caseworker works for (null for people who work across
 * organisations). {@code mustChangePassword}: the password was given to the person (a one-time password), so
 * they may do nothing but choose their own; {@code passwordExpiresAt}, when set, is when such a password stops
 * working. {@code practiceOdsCode}: the ODS code of a GP referrer's practice (null for every other role).
 * Documents written before these fields existed read as false and null.
 */
@Document("user_accounts")
public record UserAccount(@Id String username, String passwordHash, String displayName, Set<Role> roles,
                          boolean enabled, String organisation, boolean mustChangePassword,
                          Instant passwordExpiresAt, String practiceOdsCode) {

    @PersistenceCreator
    public UserAccount {
    }

    /** An account of no GP practice. */
    public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, boolean enabled,
                       String organisation, boolean mustChangePassword, Instant passwordExpiresAt) {
        this(username, passwordHash, displayName, roles, enabled, organisation, mustChangePassword,
                passwordExpiresAt, null);
    }

    /** An account whose password the person chose (no change required, no expiry). */
    public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, boolean enabled,
                       String organisation) {
        this(username, passwordHash, displayName, roles, enabled, organisation, false, null, null);
    }

    public boolean isCaseworker() {
        return enabled && roles != null && roles.contains(Role.CASEWORKER);
    }

    public boolean isAdministrator() {
        return enabled && roles != null && roles.contains(Role.ADMIN);
    }

    /** The account's role: accounts have exactly one (null only for a malformed document). */
    public Role role() {
        return roles == null || roles.isEmpty() ? null : roles.iterator().next();
    }

    /** The same account with a password the person chose: no change required any more, no expiry. */
    public UserAccount withOwnPassword(String newPasswordHash) {
        return new UserAccount(username, newPasswordHash, displayName, roles, enabled, organisation, false, null,
                practiceOdsCode);
    }

    /** The same account with a one-time password given by an administrator, to be replaced at first sign-in. */
    public UserAccount withOneTimePassword(String passwordHash, Instant expiresAt) {
        return new UserAccount(username, passwordHash, displayName, roles, enabled, organisation, true, expiresAt,
                practiceOdsCode);
    }

    public UserAccount withEnabled(boolean enabled) {
        return new UserAccount(username, passwordHash, displayName, roles, enabled, organisation, mustChangePassword,
                passwordExpiresAt, practiceOdsCode);
    }

    public UserAccount withRole(Role role, String organisation, String practiceOdsCode) {
        return new UserAccount(username, passwordHash, displayName, Set.of(role), enabled, organisation,
                mustChangePassword, passwordExpiresAt, practiceOdsCode);
    }
}
