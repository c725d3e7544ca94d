package uk.wmpathways.infra.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;
import uk.wmpathways.infra.mongo.NoMongoUriConfigured;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.personaldata.PurposeKeys;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sign-in accounts kept in MongoDB, and the demo users. Demo users (with a published password) are created only
 * when {@code pathways.demo-users=true} is set, on the embedded default as on a real MongoDB: a start without
 * the switch must never open a door with a password everybody knows. {@code ./start.sh} sets it.
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class, before = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(SignInLimits.class)
public class UserAccountsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UserAccountsAutoConfiguration.class);

    /** Demo accounts: the username is also the role's short name; every password is {@value #DEMO_PASSWORD}. */
    public static final String DEMO_PASSWORD = "demo-pass-1";
    /** Whether demo accounts sign in without one-time codes (by default: on the embedded demo only). */
    public static final String DEMO_ACCOUNTS_WITHOUT_CODES = "pathways.one-time-codes.demo-accounts-exempt";
    /**
     * The demo {@code gp}'s practice (ODS code): the example FHIR bundles' practice, whose referrals the demo data
     * set sends, so that the GP sees them and may send more.
     */
    public static final String DEMO_GP_PRACTICE = "Y90001";
    public static final List<UserAccountSeed> DEMO_USERS = List.of(
            new UserAccountSeed("caseworker", "Casey Worker (demo)", Set.of(Role.CASEWORKER), "DEMO-SUPPORT"),
            new UserAccountSeed("caseworker2", "Sam Support (demo)", Set.of(Role.CASEWORKER), "DEMO-SUPPORT"),
            new UserAccountSeed("outreach", "Robin Outreach (demo)", Set.of(Role.CASEWORKER), "STREET-OUTREACH"),
            new UserAccountSeed("ips", "Izzy Placement (demo)", Set.of(Role.CASEWORKER), "WORK-WELL"),
            new UserAccountSeed("gp", "Dr Gail Practitioner (demo)", Set.of(Role.GP_REFERRER), null,
                    DEMO_GP_PRACTICE),
            new UserAccountSeed("manager", "Morgan Manager (demo)", Set.of(Role.PROGRAMME_MANAGER), null),
            new UserAccountSeed("admin", "Alex Admin (demo)", Set.of(Role.ADMIN), null),
            new UserAccountSeed("dpo", "Dana Protection (demo)", Set.of(Role.DATA_PROTECTION), null));

    /**
     * A demo account; {@code practiceOdsCode}: a GP referrer's practice (null for the other roles).
     */
    public record UserAccountSeed(String username, String displayName, Set<Role> roles, String organisation,
                                  String practiceOdsCode) {

        public UserAccountSeed(String username, String displayName, Set<Role> roles, String organisation) {
            this(username, displayName, roles, organisation, null);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    ProviderOrganisations providerOrganisations(Environment environment) {
        Map<String, String> configured = Binder.get(environment)
                .bind("pathways.organisations", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return new ProviderOrganisations(configured);
    }

    @Bean
    UserAccounts userAccounts(MongoTemplate mongoTemplate) {
        return new UserAccounts(mongoTemplate);
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }

    @Bean
    SignInThrottle signInThrottle(SignInLimits limits, Clock clock) {
        return new SignInThrottle(limits, clock);
    }

    /** Replaced by the access log's own bean when there is one. */
    @Bean
    @ConditionalOnMissingBean(SecurityEvents.class)
    SecurityEvents securityEvents() {
        return new LoggedSecurityEvents();
    }

    /**
     * The one way to sign in with a username and password (login form, HTTP Basic). Being the only
     * {@link AuthenticationProvider} bean, it is what Spring Security's global authentication manager uses, and
     * Spring Boot's generated in-memory user steps aside.
     */
    @Bean
    AuthenticationProvider accountAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder,
                                                         SignInThrottle throttle, SecurityEvents events, Clock clock,
                                                         TwoStepSignIn twoStep) {
        return new ThrottledAuthenticationProvider(new AccountUserDetails(accounts, clock, twoStep), encoder,
                throttle, events, twoStep);
    }

    @Bean
    TotpCredentials totpCredentials(MongoTemplate mongoTemplate, PurposeKeys purposeKeys) {
        return new TotpCredentials(mongoTemplate, purposeKeys);
    }

    /**
     * Secrets stored in plain text by an earlier version are sealed once, before the web server starts (there
     * are a few, one per account). The embedded data file keeps old versions of the documents in freed parts
     * until it is rewritten at the next start.
     */
    @Bean
    SmartInitializingSingleton totpSecretsSealedAtStartUp(MongoTemplate mongoTemplate, TotpCredentials credentials,
                                                          Clock clock, ObjectProvider<EmbeddedMongoServer> embedded) {
        return () -> {
            TotpSecretSealing sealing = new TotpSecretSealing(mongoTemplate, credentials, clock);
            if (!sealing.done() && sealing.run() > 0) {
                embedded.ifAvailable(EmbeddedMongoServer::scrubDataFileAtNextStart);
            }
        };
    }

    /**
     * The demo accounts sign in without one-time codes, whatever their role, on the embedded demo
     * ({@code pathways.demo-users=true} and no MongoDB URI): their password is published anyway. On a real
     * MongoDB they need codes like anyone, unless {@value #DEMO_ACCOUNTS_WITHOUT_CODES}{@code =true} says
     * otherwise (the test suite's settings do, so that it runs on a real MongoDB too).
     */
    @Bean
    TwoStepSignIn twoStepSignIn(TotpCredentials credentials, UserAccounts accounts, SignInThrottle throttle,
                                SecurityEvents events, Clock clock, Environment environment) {
        boolean embedded = !StringUtils.hasText(environment.getProperty(NoMongoUriConfigured.URI_PROPERTY));
        boolean demoExempt = environment.getProperty("pathways.demo-users", Boolean.class, false)
                && environment.getProperty(DEMO_ACCOUNTS_WITHOUT_CODES, Boolean.class, embedded);
        Set<String> exempt = demoExempt
                ? DEMO_USERS.stream().map(UserAccountSeed::username).collect(Collectors.toSet()) : Set.of();
        return new TwoStepSignIn(credentials, accounts, throttle, events, clock, exempt);
    }

    @Bean
    AccountService accountService(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy,
                                  SignInThrottle throttle, SecurityEvents events) {
        return new AccountService(accounts, encoder, policy, throttle, events);
    }

    @Bean
    AccountAdministration accountAdministration(UserAccounts accounts, PasswordEncoder encoder,
                                                ProviderOrganisations organisations, SignInThrottle throttle,
                                                SecurityEvents events, Clock clock) {
        return new AccountAdministration(accounts, encoder, organisations, throttle, events, clock);
    }

    @Bean
    AdminBootstrap adminBootstrap(UserAccounts accounts, PasswordEncoder encoder, SecurityEvents events,
                                  Clock clock) {
        return new AdminBootstrap(accounts, encoder, events, clock);
    }

    /**
     * Runs before the web server starts, so that nobody can try to sign in before the accounts exist: the demo
     * users when asked for, then the first administrator (or a warning that there is none).
     */
    @Bean
    SmartInitializingSingleton accountsAtStartUp(UserAccounts accounts, PasswordEncoder encoder,
                                                 SecurityEvents events, AdminBootstrap bootstrap,
                                                 Environment environment) {
        return () -> {
            if (environment.getProperty("pathways.demo-users", Boolean.class, false)) {
                createDemoUsers(accounts, encoder, events);
            }
            bootstrap.atStartUp(environment.getProperty(AdminBootstrap.PROPERTY));
        };
    }

    /**
     * Written straight into the database, not through the password policy: their password is published. They
     * share one hash, made at most once a start: each hash costs a bcrypt (about 70 ms), and a salt of their own
     * would hide nothing, the password being the same and published.
     */
    private static void createDemoUsers(UserAccounts accounts, PasswordEncoder encoder, SecurityEvents events) {
        Supplier<String> demoPasswordHash = SingletonSupplier.of(() -> encoder.encode(DEMO_PASSWORD));
        int created = 0;
        for (UserAccountSeed seed : DEMO_USERS) {
            if (accounts.find(seed.username()).isEmpty()
                    && accounts.addIfAbsent(new UserAccount(seed.username(), demoPasswordHash.get(),
                    seed.displayName(), seed.roles(), true, seed.organisation(), false, null,
                    seed.practiceOdsCode()))) {
                events.record(SecurityEvents.ACCOUNT_CREATED, seed.username(), SecurityEvents.NO_CLIENT,
                        "demo account");
                created++;
            }
        }
        if (created > 0) {
            log.warn("Created {} demo user accounts, whose password is published: never on a real deployment",
                    created);
        }
    }
}
