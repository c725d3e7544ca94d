package uk.wmpathways.infra.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Set;

/** A person who can sign in. The password is stored only as a bcrypt hash. */
@Document("user_accounts")
public record UserAccount(@Id String username, String passwordHash, String displayName, Set<Role> roles,
                          boolean enabled) {
}
