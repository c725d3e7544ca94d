package uk.wmpathways.infra.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Set;

/**
 * A person who can sign in. The password is stored only as a bcrypt hash. {@code organisation} is the code of
 * the provider organisation a caseworker works for (null for people who work across organisations).
 */
@Document("user_accounts")
public record UserAccount(@Id String username, String passwordHash, String displayName, Set<Role> roles,
                          boolean enabled, String organisation) {

    public boolean isCaseworker() {
        return enabled && roles != null && roles.contains(Role.CASEWORKER);
    }
}
