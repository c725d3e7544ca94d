package uk.wmpathways.infra.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The sign-in accounts collection. */
public class UserAccounts {

    private static final String READ_IN_THIS_REQUEST = UserAccounts.class.getName() + ".readInThisRequest:";

    private final MongoTemplate mongo;

    public UserAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(mongo.findById(username, UserAccount.class));
    }

    /**
     * The account as this HTTP request first read it: signing in and every command and query the request sends
     * read it once, not once each. A changed role or a disabled account still counts from the next request, and
     * an account this request replaced is read again. Outside a request, as {@link #find}.
     */
    public Optional<UserAccount> findForThisRequest(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || username == null) {
            return find(username);
        }
        String key = READ_IN_THIS_REQUEST + username;
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount known) {
            return Optional.of(known);
        }
        Optional<UserAccount> account = find(username);
        account.ifPresent(found -> request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST));
        return account;
    }

    /** Every account (there are a few hundred at most). */
    public List<UserAccount> all() {
        return mongo.findAll(UserAccount.class);
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

    /**
     * Whether someone can administer the system: an enabled ADMIN account whose person has chosen their own
     * password (one still waiting for its first sign-in with a one-time password does not count).
     */
    public boolean hasWorkingAdministrator() {
        return mongo.findAll(UserAccount.class).stream()
                .anyMatch(account -> account.isAdministrator() && !account.mustChangePassword());
    }

    /** Adds the account unless one with the same username exists; true if it was added. */
    public boolean addIfAbsent(UserAccount account) {
        if (find(account.username()).isPresent()) {
            return false;
        }
        try {
            mongo.insert(account);
            return true;
        } catch (DuplicateKeyException addedMeanwhile) {
            return false;
        }
    }

    /** Replaces the stored account of the same username. */
    public void replace(UserAccount account) {
        mongo.save(account);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(READ_IN_THIS_REQUEST + account.username(), RequestAttributes.SCOPE_REQUEST);
        }
    }
}
