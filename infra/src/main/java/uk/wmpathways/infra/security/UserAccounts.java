package uk.wmpathways.infra.security;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The sign-in accounts collection. */
public class UserAccounts {

    private final MongoTemplate mongo;

    public UserAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(mongo.findById(username, UserAccount.class));
    }

    /** Display name for a username; the username itself when there is no such account. */
    public String displayNameOf(String username) {
        return username == null ? "" : find(username).map(UserAccount::displayName).orElse(username);
    }

    /** Enabled caseworkers, of one organisation when {@code organisation} is not null, by display name. */
    public List<UserAccount> caseworkers(String organisation) {
        return mongo.findAll(UserAccount.class).stream()
                .filter(UserAccount::isCaseworker)
                .filter(account -> organisation == null || organisation.equals(account.organisation()))
                .sorted(Comparator.comparing(UserAccount::displayName))
                .toList();
    }

    /** Adds the account unless one with the same username exists; true if it was added. */
    public boolean addIfAbsent(UserAccount account) {
        if (find(account.username()).isPresent()) {
            return false;
        }
        mongo.insert(account);
        return true;
    }
}
