package uk.wmpathways.infra.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountAdministration.InvalidAccountException;
import uk.wmpathways.infra.security.AccountAdministration.NewAccount;
import uk.wmpathways.infra.security.AccountAdministration.NoSuchAccountException;
import uk.wmpathways.infra.security.AccountAdministration.OneTimePassword;
import uk.wmpathways.infra.security.AccountAdministration.RoleChange;
import uk.wmpathways.infra.web.InvalidField;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of running accounts, on accounts kept in memory. */
class AccountAdministrationTest {

    record Event(String type, String username, String administrator, String detail) {
    }

    /** Accounts in memory: the same calls as the MongoDB collection. */
    static final class InMemoryAccounts extends UserAccounts {
        final Map<String, UserAccount> byUsername = new TreeMap<>();

        InMemoryAccounts() {
            super(null);
        }

        @Override
        public Optional<UserAccount> find(String username) {
            return Optional.ofNullable(username == null ? null : byUsername.get(username));
        }

        @Override
        public List<UserAccount> all() {
            return List.copyOf(byUsername.values());
        }

        @Override
        public boolean addIfAbsent(UserAccount account) {
            return byUsername.putIfAbsent(account.username(), account) == null;
        }

        @Override
        public void replace(UserAccount account) {
            byUsername.put(account.username(), account);
        }
    }

    /** Fast and checkable: the tests are about the rules, not about bcrypt. */
    private static final PasswordEncoder ENCODER = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "{test}" + new StringBuilder(raw).reverse();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    };

    private final TestClock clock = new TestClock();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final List<Event> events = new ArrayList<>();
    private final SignInThrottle throttle = new SignInThrottle(SignInLimits.defaults(), clock);
    private final SecurityEvents recorder = new SecurityEvents() {
        @Override
        public void record(String type, String username, String clientAddress, String detail) {
            events.add(new Event(type, username, null, detail));
        }

        @Override
        public void recordAdministration(String type, String username, String administrator, String clientAddress,
                                         String change) {
            events.add(new Event(type, username, administrator, change));
        }
    };
    private final ProviderOrganisations organisations = new ProviderOrganisations(Map.of());
    private final AccountAdministration administration = new AccountAdministration(accounts, ENCODER,
            organisations, throttle, recorder, clock);

    @BeforeEach
    void anAdministratorAndACaseworker() {
        accounts.addIfAbsent(new UserAccount("boss", ENCODER.encode("own passphrase"), "Bo Boss", Set.of(Role.ADMIN),
                true, null));
        accounts.addIfAbsent(new UserAccount("casey", ENCODER.encode("own passphrase"), "Casey",
                Set.of(Role.CASEWORKER), true, "DEMO-SUPPORT"));
    }

    private static List<String> fields(InvalidAccountException e) {
        return e.problems().stream().map(InvalidField::field).toList();
    }

    private InvalidAccountException refusedCreation(NewAccount request) {
        Map<String, UserAccount> before = Map.copyOf(accounts.byUsername);
        InvalidAccountException e = catchThrowableOfType(InvalidAccountException.class,
                () -> administration.create("boss", request, "10.0.0.1"));
        assertThat(e).as("refused").isNotNull();
        assertThat(accounts.byUsername).as("nothing changed").isEqualTo(before);
        assertThat(events).as("nothing recorded").isEmpty();
        return e;
    }

    @Test
    void aNewAccountGetsAOneTimePasswordThatMustBeChangedWithin24Hours() {
        OneTimePassword issued = administration.create("boss",
                new NewAccount(" new.worker_1 ", " Nia Worker ", Role.CASEWORKER, "HOMES-FIRST", ""), "10.0.0.1");

        UserAccount account = accounts.find("new.worker_1").orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nia Worker");
        assertThat(account.roles()).containsExactly(Role.CASEWORKER);
        assertThat(account.organisation()).isEqualTo("HOMES-FIRST");
        assertThat(account.practiceOdsCode()).isNull();
        assertThat(account.enabled()).isTrue();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(issued.password()).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}");
        assertThat(ENCODER.matches(issued.password(), account.passwordHash())).isTrue();
        assertThat(issued.toString()).doesNotContain(issued.password());
        assertThat(events).containsExactly(new Event(SecurityEvents.ACCOUNT_CREATED, "new.worker_1", "boss",
                "created with role CASEWORKER, organisation HOMES-FIRST, one-time password"));
        assertThat(events.get(0).detail()).doesNotContain(issued.password()).doesNotContain("Nia");
    }

    @Test
    void aGpReferrerHasAPracticeAndNoOrganisation() {
        administration.create("boss", new NewAccount("dr.who", "Dr Who", Role.GP_REFERRER, null, "M85001"), "a");
        assertThat(accounts.find("dr.who").orElseThrow().practiceOdsCode()).isEqualTo("M85001");
        events.clear();

        InvalidAccountException noPractice = refusedCreation(
                new NewAccount("dr.no", "Dr No", Role.GP_REFERRER, "DEMO-SUPPORT", null));
        assertThat(noPractice.problems()).containsExactly(
                new InvalidField("organisation", "Only a caseworker belongs to a provider organisation"),
                new InvalidField("practiceOdsCode", "Enter the practice's ODS code"));
        events.clear();
        for (String bad : List.of("m85001", "M8", "M85001X12345", "M85-01")) {
            assertThat(fields(refusedCreation(new NewAccount("dr.no", "Dr No", Role.GP_REFERRER, null, bad))))
                    .as(bad).containsExactly("practiceOdsCode");
        }
    }

    @Test
    void everyProblemOfANewAccountIsSaidAtOnceByField() {
        InvalidAccountException e = refusedCreation(new NewAccount("ab", " ", null, null, null));
        assertThat(fields(e)).containsExactly("username", "displayName", "role");
        assertThat(e.problems().get(0).message())
                .isEqualTo("Use 3 to 64 letters, digits, dots, hyphens or underscores");

        for (String bad : List.of("with space", "semi;colon", "x".repeat(65), "at@sign")) {
            assertThat(fields(refusedCreation(new NewAccount(bad, "Name", Role.PROGRAMME_MANAGER, null, null))))
                    .as(bad).containsExactly("username");
        }
        assertThat(fields(refusedCreation(new NewAccount("abc", "x".repeat(101), Role.ADMIN, null, null))))
                .containsExactly("displayName");
        assertThat(refusedCreation(new NewAccount("abc", "Name", Role.CASEWORKER, null, null)).problems())
                .containsExactly(new InvalidField("organisation", "Choose the caseworker's organisation"));
        assertThat(refusedCreation(new NewAccount("abc", "Name", Role.CASEWORKER, "NOWHERE", null)).problems())
                .containsExactly(new InvalidField("organisation", "There is no provider organisation with this code"));
        assertThat(fields(refusedCreation(new NewAccount("abc", "Name", Role.CASEWORKER, "DEMO-SUPPORT", "M85001"))))
                .containsExactly("practiceOdsCode");
        assertThat(fields(refusedCreation(new NewAccount("abc", "Name", Role.DATA_PROTECTION, "DEMO-SUPPORT", null))))
                .containsExactly("organisation");
    }

    @Test
    void aRetiredOrganisationTakesNoNewAccounts() {
        organisations.record(new ProviderOrganisations.Organisation("HOMES-FIRST", "Homes First Partnership (demo)",
                false, Set.of("HOUSING_FIRST"), Set.of("WALSALL")));

        assertThat(refusedCreation(new NewAccount("abc", "Name", Role.CASEWORKER, "HOMES-FIRST", null)).problems())
                .containsExactly(new InvalidField("organisation",
                        "This organisation is retired: it takes no new accounts"));
        assertThat(accounts.find("abc")).isEmpty();
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        for (String taken : List.of("casey", "Casey", "CASEY")) {
            assertThatThrownBy(() -> administration.create("boss",
                    new NewAccount(taken, "Other", Role.PROGRAMME_MANAGER, null, null), "a"))
                    .isInstanceOf(AccountConflictException.class).hasMessage("This username is taken: choose another");
        }
        assertThat(accounts.find("casey").orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        assertThat(events).isEmpty();
    }

    @Test
    void disablingAndEnablingAreRecordedOnceEach() {
        assertThat(administration.disable("boss", "casey", "a").enabled()).isFalse();
        assertThat(administration.disable("boss", "casey", "a").enabled()).isFalse();
        assertThat(accounts.find("casey").orElseThrow().enabled()).isFalse();
        assertThat(administration.enable("boss", "casey", "a").enabled()).isTrue();
        assertThat(administration.enable("boss", "casey", "a").enabled()).isTrue();
        assertThat(events).containsExactly(
                new Event(SecurityEvents.ACCOUNT_DISABLED, "casey", "boss", "disabled"),
                new Event(SecurityEvents.ACCOUNT_ENABLED, "casey", "boss", "enabled"));
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorTakeAwayTheirOwnRoleNorResetTheirOwnPassword() {
        UserAccount before = accounts.find("boss").orElseThrow();
        assertThatThrownBy(() -> administration.disable("boss", "boss", "a"))
                .isInstanceOf(AccountConflictException.class).hasMessageContaining("cannot disable your own account");
        assertThatThrownBy(() -> administration.changeRole("boss", "boss",
                new RoleChange(Role.CASEWORKER, "DEMO-SUPPORT", null), "a"))
                .isInstanceOf(AccountConflictException.class)
                .hasMessageContaining("cannot take away your own administrator role");
        assertThatThrownBy(() -> administration.resetPassword("boss", "boss", "a"))
                .isInstanceOf(AccountConflictException.class).hasMessageContaining("Change password");
        assertThat(accounts.find("boss")).contains(before);
        assertThat(events).isEmpty();

        accounts.addIfAbsent(new UserAccount("boss2", "x", "Second", Set.of(Role.ADMIN), true, null));
        administration.disable("boss", "boss2", "a");
        assertThat(accounts.find("boss2").orElseThrow().enabled()).as("another administrator may").isFalse();
    }

    @Test
    void aResetGivesANewOneTimePasswordAndLiftsALockOut() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("casey", "192.0.2.1");
        }
        assertThat(administration.isLocked("casey")).isTrue();

        OneTimePassword issued = administration.resetPassword("boss", "casey", "a");

        UserAccount account = accounts.find("casey").orElseThrow();
        assertThat(ENCODER.matches(issued.password(), account.passwordHash())).isTrue();
        assertThat(ENCODER.matches("own passphrase", account.passwordHash())).isFalse();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(account.organisation()).isEqualTo("DEMO-SUPPORT");
        assertThat(administration.isLocked("casey")).isFalse();
        assertThat(events).containsExactly(new Event(SecurityEvents.ONE_TIME_PASSWORD_ISSUED, "casey", "boss",
                "password reset to a one-time password, unlocked"));
    }

    @Test
    void aRoleChangeFollowsTheRulesOfANewAccountAndSaysWhatChanged() {
        UserAccount changed = administration.changeRole("boss", "casey",
                new RoleChange(Role.GP_REFERRER, null, "M85001"), "a");
        assertThat(changed.roles()).containsExactly(Role.GP_REFERRER);
        assertThat(changed.organisation()).isNull();
        assertThat(accounts.find("casey")).contains(changed);
        assertThat(events).containsExactly(new Event(SecurityEvents.ROLE_CHANGED, "casey", "boss",
                "from role CASEWORKER, organisation DEMO-SUPPORT to role GP_REFERRER, practice M85001"));

        administration.changeRole("boss", "casey", new RoleChange(Role.GP_REFERRER, null, "M85001"), "a");
        assertThat(events).as("no change, nothing recorded").hasSize(1);

        InvalidAccountException e = catchThrowableOfType(InvalidAccountException.class, () ->
                administration.changeRole("boss", "casey", new RoleChange(Role.CASEWORKER, "NOWHERE", null), "a"));
        assertThat(fields(e)).containsExactly("organisation");
        assertThat(accounts.find("casey")).contains(changed);

        administration.changeRole("boss", "boss", new RoleChange(Role.ADMIN, null, null), "a");
        assertThat(events).as("keeping one's own ADMIN role is no change").hasSize(1);
    }

    @Test
    void anUnknownUsernameIsNotFoundForEveryAction() {
        assertThatThrownBy(() -> administration.disable("boss", "nobody", "a"))
                .isInstanceOf(NoSuchAccountException.class);
        assertThatThrownBy(() -> administration.enable("boss", "nobody", "a"))
                .isInstanceOf(NoSuchAccountException.class);
        assertThatThrownBy(() -> administration.resetPassword("boss", "nobody", "a"))
                .isInstanceOf(NoSuchAccountException.class);
        assertThatThrownBy(() -> administration.changeRole("boss", "nobody", new RoleChange(Role.ADMIN, null, null),
                "a")).isInstanceOf(NoSuchAccountException.class);
        assertThat(accounts.find("nobody")).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void onlyAnAdministratorAsTheirAccountStandsNowRunsAccounts() {
        accounts.replace(accounts.find("boss").orElseThrow().withEnabled(false)); // disabled since they signed in
        assertThatThrownBy(() -> administration.list("boss")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.enable("boss", "boss", "a")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.disable("casey", "boss", "a"))
                .as("a caseworker").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create("nobody", new NewAccount("abc", "Name", Role.ADMIN, null, null),
                "a")).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.find("boss").orElseThrow().enabled()).isFalse();
        assertThat(accounts.find("abc")).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void theListIsByUsername() {
        assertThat(administration.list("boss")).extracting(UserAccount::username).containsExactly("boss", "casey");
    }
}
