package uk.wmpathways.infra.security;

import org.springframework.data.mongodb.core.MongoTemplate;

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

    /** Adds the account unless one with the same username exists; true if it was added. */
    public boolean addIfAbsent(UserAccount account) {
        if (find(account.username()).isPresent()) {
            return false;
        }
        mongo.insert(account);
        return true;
    }
}
