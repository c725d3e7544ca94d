package uk.wmpathways.infra.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first administrator of a real deployment. Nobody can create accounts before an administrator exists, so
 * the operator starts the application once with {@code --pathways.bootstrap-admin=<username>}: the account is
 * created with a random one-time password, printed once to the log (only its hash is stored), which works for
 * {@value #VALID_HOURS} hours and only to choose the person's own password at the first sign-in.
 * <p>
 * Only while no enabled administrator has chosen their own password: afterwards the option does nothing (it
 * cannot become a back door for whoever can restart the application). Started again with the option before the
 * first sign-in, the same account gets a new one-time password (the printed one was lost, or expired).
 * Chosen over a bootstrap token and a public "create the first administrator" page: no page is open to anyone
 * for 24 hours, and the forced change at first sign-in is needed anyway.
 */
public class AdminBootstrap {

    public static final String PROPERTY = "pathways.bootstrap-admin";
    static final int VALID_HOURS = OneTimePasswords.VALID_HOURS;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityEvents events;
    private final Clock clock;

    public AdminBootstrap(UserAccounts accounts, PasswordEncoder encoder, SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** At start-up, with the option's value (null when not given). */
    public void atStartUp(String requestedUsername) {
        boolean requested = requestedUsername != null && !requestedUsername.isBlank();
        if (accounts.hasWorkingAdministrator()) {
            if (requested) {
                log.warn("--{} ignored: an administrator account exists already. Remove the option.", PROPERTY);
            }
            return;
        }
        if (!requested) {
            log.warn("No administrator account exists, so nobody can manage accounts. To create the first one, "
                    + "start the application once with --{}=<username> (see README, \"First start of a real "
                    + "deployment\").", PROPERTY);
            return;
        }
        issue(requestedUsername.strip()).ifPresent(password -> log.warn("""

                ==========================================================================================
                FIRST ADMINISTRATOR: the account named by --{} has this ONE-TIME PASSWORD:

                    {}

                It is shown once, here, and is not stored anywhere (only its hash). Sign in with it within
                {} hours; you will then have to choose your own password before anything else.
                Remove --{} from the start command afterwards.
                ==========================================================================================""",
                PROPERTY, password, VALID_HOURS, PROPERTY));
    }

    /**
     * Creates the administrator {@code username} with a new one-time password, or gives a new one to that
     * account if it is an administrator still waiting for its first sign-in.
     *
     * @return the one-time password; empty (and an error in the log) when the name is not a valid username or
     *     belongs to another account
     */
    public Optional<String> issue(String username) {
        if (!USERNAME.matcher(username).matches()) {
            log.error("--{} not used: a username is 1 to 64 letters, digits and . _ @ -", PROPERTY);
            return Optional.empty();
        }
        String password = OneTimePasswords.next();
        var expiry = clock.instant().plus(OneTimePasswords.VALIDITY);
        var existing = accounts.find(username);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (!account.isAdministrator() || !account.mustChangePassword()) {
                log.error("--{} not used: an account with that username exists already and is not an "
                        + "administrator waiting for its first sign-in. Choose another username.", PROPERTY);
                return Optional.empty();
            }
            accounts.replace(new UserAccount(username, encoder.encode(password), account.displayName(),
                    account.roles(), true, account.organisation(), true, expiry));
            events.record(SecurityEvents.ONE_TIME_PASSWORD_ISSUED, username, SecurityEvents.NO_CLIENT,
                    "first administrator: new one-time password");
            return Optional.of(password);
        }
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(password), "Administrator",
                Set.of(Role.ADMIN), true, null, true, expiry));
        events.record(SecurityEvents.ACCOUNT_CREATED, username, SecurityEvents.NO_CLIENT,
                "first administrator, one-time password");
        return Optional.of(password);
    }
}
