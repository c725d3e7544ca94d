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
 * working. Documents written before these two fields existed read as false and null.
 */
@Document("user_accounts")
public record UserAccount(@Id String username, String passwordHash, String displayName, Set<Role> roles,
                          boolean enabled, String organisation, boolean mustChangePassword,
                          Instant passwordExpiresAt) {

    @PersistenceCreator
    public UserAccount {
    }

    /** An account whose password the person chose (no change required, no expiry). */
    public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, boolean enabled,
                       String organisation) {
        this(username, passwordHash, displayName, roles, enabled, organisation, false, null);
    }

    public boolean isCaseworker() {
        return enabled && roles != null && roles.contains(Role.CASEWORKER);
    }

    public boolean isAdministrator() {
        return enabled && roles != null && roles.contains(Role.ADMIN);
    }

    /** The same account with a password the person chose: no change required any more, no expiry. */
    public UserAccount withOwnPassword(String newPasswordHash) {
        return new UserAccount(username, newPasswordHash, displayName, roles, enabled, organisation, false, null);
    }
}
