package uk.wmpathways.infra.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.personaldata.MasterKey;
import uk.wmpathways.infra.personaldata.PurposeKeys;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.TwoStepSignIn.Setup;
import uk.wmpathways.infra.security.TwoStepSignIn.State;
import uk.wmpathways.infra.security.TwoStepSignIn.WrongOneTimeCodeException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two-step sign-in with a clock the test moves, on an in-memory MongoDB (the replay check is one atomic update):
 * set-up, codes at sign-in (right, wrong, a step either side, two steps off, used twice), the lock-out, switching
 * off, the roles that require codes, and an administrator's reset.
 */
class TwoStepSignInTest {

    private static final String ADDRESS = "10.0.0.9";
    private static final Duration STEP = Duration.ofSeconds(30);

    record Event(String type, String username, String detail) {
    }

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private final TestClock clock = new TestClock();
    private final AccountAdministrationTest.InMemoryAccounts accounts = new AccountAdministrationTest.InMemoryAccounts();
    private final SignInThrottle throttle = new SignInThrottle(SignInLimits.defaults(), clock);
    private final List<Event> events = new ArrayList<>();
    private TwoStepSignIn twoStep;

    @BeforeEach
    void accountsOfEveryKind() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        TotpCredentials credentials = new TotpCredentials(new MongoTemplate(client, "totp_test"),
                new PurposeKeys(MasterKey.random()));
        SecurityEvents recorder = new SecurityEvents() {
            @Override
            public void record(String type, String username, String clientAddress, String detail) {
                events.add(new Event(type, username, detail));
            }

            @Override
            public void recordAdministration(String type, String username, String administrator,
                                             String clientAddress, String change) {
                events.add(new Event(type, username, "by " + administrator + ": " + change));
            }
        };
        twoStep = new TwoStepSignIn(credentials, accounts, throttle, recorder, clock, Set.of("demo-admin"));
        accounts.addIfAbsent(new UserAccount("casey", "{test}x", "Casey", Set.of(Role.CASEWORKER), true, "DEMO-SUPPORT"));
        accounts.addIfAbsent(new UserAccount("boss", "{test}x", "Bo", Set.of(Role.ADMIN), true, null));
        accounts.addIfAbsent(new UserAccount("other-boss", "{test}x", "Ot", Set.of(Role.ADMIN), true, null));
        accounts.addIfAbsent(new UserAccount("dana", "{test}x", "Dana", Set.of(Role.DATA_PROTECTION), true, null));
        accounts.addIfAbsent(new UserAccount("demo-admin", "{test}x", "Demo", Set.of(Role.ADMIN), true, null));
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    /** Sets codes up for {@code username}; answers the secret. */
    private String switchedOn(String username) {
        Setup setup = twoStep.startSetup(username);
        twoStep.confirmSetup(username, OneTimeCodes.codeAt(setup.secret(), clock.instant()), ADDRESS);
        clock.advance(STEP); // the confirming code is used: sign-in takes the next
        return setup.secret();
    }

    private String codeNow(String secret) {
        return OneTimeCodes.codeAt(secret, clock.instant());
    }

    @Test
    void aSetUpIsOnOnlyOnceConfirmedWithACodeOfTheNewSecret() {
        Setup setup = twoStep.startSetup("casey");
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/Pathways:casey?secret=" + setup.secret());
        assertThat(setup.toString()).doesNotContain(setup.secret());
        assertThat(twoStep.state("casey")).isEqualTo(State.SETTING_UP);
        assertThat(twoStep.isOn("casey")).isFalse();

        assertThatThrownBy(() -> twoStep.confirmSetup("casey", "000000".equals(codeNow(setup.secret()))
                ? "111111" : "000000", ADDRESS)).isInstanceOf(WrongOneTimeCodeException.class);
        assertThat(twoStep.state("casey")).isEqualTo(State.SETTING_UP);

        twoStep.confirmSetup("casey", codeNow(setup.secret()), ADDRESS);
        assertThat(twoStep.state("casey")).isEqualTo(State.ON);
        assertThat(events).containsExactly(new Event(SecurityEvents.ONE_TIME_CODES_ON, "casey",
                "switched on by its owner"));
        assertThatThrownBy(() -> twoStep.startSetup("casey")).isInstanceOf(AccountConflictException.class);
    }

    @Test
    void theRightCodeSignsInAWrongOneDoesNot() {
        String secret = switchedOn("casey");
        String code = codeNow(secret);
        String wrong = code.equals("123456") ? "654321" : "123456";
        assertThat(twoStep.checkCode("casey", wrong, ADDRESS, true)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(twoStep.checkCode("casey", code, ADDRESS, true)).isTrue();
        assertThat(events).extracting(Event::type).containsSubsequence(SecurityEvents.SIGN_IN_FAILED,
                SecurityEvents.SIGN_IN);
        assertThat(events).extracting(Event::detail).doesNotContain(secret, code, wrong);
    }

    @Test
    void theCodesOfTheStepBeforeAndAfterAreAcceptedTwoStepsOffAreNot() {
        String secret = switchedOn("casey");
        clock.advance(STEP.multipliedBy(2)); // the step before is not the one used to confirm
        assertThat(twoStep.checkCode("casey", OneTimeCodes.codeAt(secret, clock.instant().minus(STEP)), ADDRESS,
                true)).as("previous step").isTrue();
        assertThat(twoStep.checkCode("casey", OneTimeCodes.codeAt(secret, clock.instant().plus(STEP)), ADDRESS,
                true)).as("next step").isTrue();
        clock.advance(STEP.multipliedBy(4));
        assertThat(twoStep.checkCode("casey", OneTimeCodes.codeAt(secret, clock.instant().minus(STEP.multipliedBy(2))),
                ADDRESS, true)).as("two steps old").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(twoStep.checkCode("casey", OneTimeCodes.codeAt(secret, clock.instant().plus(STEP.multipliedBy(2))),
                ADDRESS, true)).as("two steps ahead").isFalse();
    }

    @Test
    void aCodeOnceUsedIsRefusedAndSoIsAnEarlierOne() {
        String secret = switchedOn("casey");
        String code = codeNow(secret);
        assertThat(twoStep.checkCode("casey", code, ADDRESS, true)).isTrue();
        assertThat(twoStep.checkCode("casey", code, ADDRESS, true)).as("replayed").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(twoStep.checkCode("casey", OneTimeCodes.codeAt(secret, clock.instant().minus(STEP)), ADDRESS,
                true)).as("the step before the one used").isFalse();
        assertThat(events).extracting(Event::detail).contains("wrong one-time code");
    }

    @Test
    void wrongCodesCountAsFailedSignInsAndLockTheAccount() {
        String secret = switchedOn("casey");
        String wrong = codeNow(secret).equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            assertThat(twoStep.checkCode("casey", wrong, ADDRESS, true)).isFalse();
            clock.advance(Duration.ofSeconds(10));
            wrong = codeNow(secret).equals("123456") ? "654321" : "123456";
        }
        assertThat(throttle.isLocked("casey")).isTrue();
        assertThat(events).extracting(Event::type).contains(SecurityEvents.LOCKED_OUT);
        String right = codeNow(secret);
        assertThatThrownBy(() -> twoStep.checkCode("casey", right, ADDRESS, true))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void anAccountWithoutCodesOrWithASetUpNotConfirmedIsNeverSignedInByACode() {
        assertThat(twoStep.checkCode("casey", "123456", ADDRESS, true)).isFalse();
        Setup setup = twoStep.startSetup("casey");
        assertThat(twoStep.checkCode("casey", codeNow(setup.secret()), ADDRESS, true)).isFalse();
    }

    @Test
    void switchingOffTakesACurrentCodeAndIsRefusedWhereTheRoleRequiresCodes() {
        String secret = switchedOn("casey");
        String wrong = codeNow(secret).equals("123456") ? "654321" : "123456";
        assertThatThrownBy(() -> twoStep.switchOff("casey", wrong, false, ADDRESS))
                .isInstanceOf(WrongOneTimeCodeException.class);
        assertThat(twoStep.isOn("casey")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        twoStep.switchOff("casey", codeNow(secret), false, ADDRESS);
        assertThat(twoStep.state("casey")).isEqualTo(State.OFF);
        assertThat(events).extracting(Event::type).contains(SecurityEvents.ONE_TIME_CODES_OFF);

        String bossSecret = switchedOn("boss");
        assertThatThrownBy(() -> twoStep.switchOff("boss", codeNow(bossSecret), false, ADDRESS))
                .isInstanceOf(AccountConflictException.class).hasMessageContaining("role requires");
        assertThat(twoStep.isOn("boss")).isTrue();
    }

    @Test
    void administratorsAndDataProtectionOfficersMustSetUpCodesExceptTheEmbeddedDemosAccounts() {
        assertThat(twoStep.setupRequired(accounts.find("boss").orElseThrow())).isTrue();
        assertThat(twoStep.setupRequired(accounts.find("dana").orElseThrow())).isTrue();
        assertThat(twoStep.setupRequired(accounts.find("casey").orElseThrow())).isFalse();
        assertThat(twoStep.setupRequired(accounts.find("demo-admin").orElseThrow())).isFalse();
        assertThat(authorities("boss")).containsExactly(AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED);
        assertThat(authorities("casey")).containsExactly(Role.CASEWORKER.authority());

        switchedOn("boss");
        assertThat(twoStep.setupRequired(accounts.find("boss").orElseThrow())).isFalse();
        assertThat(authorities("boss")).containsExactly(Role.ADMIN.authority());
    }

    @Test
    void anAdministratorResetsSomeoneElsesCodesAndItIsRecorded() {
        switchedOn("boss");
        switchedOn("other-boss");
        twoStep.reset("boss", "other-boss", ADDRESS);
        assertThat(twoStep.state("other-boss")).isEqualTo(State.OFF);
        assertThat(authorities("other-boss")).containsExactly(AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED);
        assertThat(events).contains(new Event(SecurityEvents.ONE_TIME_CODES_RESET, "other-boss",
                "by boss: one-time codes reset"));

        assertThatThrownBy(() -> twoStep.reset("boss", "boss", ADDRESS)).isInstanceOf(AccountConflictException.class);
        assertThatThrownBy(() -> twoStep.reset("boss", "nobody", ADDRESS))
                .isInstanceOf(AccountAdministration.NoSuchAccountException.class);
        assertThatThrownBy(() -> twoStep.reset("casey", "boss", ADDRESS))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(twoStep.isOn("boss")).isTrue();
    }

    private ThrottledAuthenticationProvider provider() {
        PasswordEncoder plain = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "{test}" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encode(raw).equals(encoded);
            }
        };
        SecurityEvents recorder = (type, username, address, detail) -> events.add(new Event(type, username, detail));
        return new ThrottledAuthenticationProvider(new AccountUserDetails(accounts, clock, twoStep), plain, throttle,
                recorder, twoStep);
    }

    private static UsernamePasswordAuthenticationToken api(String username, String code) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ADDRESS);
        if (code != null) {
            request.addHeader(ApiSignInDetails.HEADER, code);
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "x");
        attempt.setDetails(new ApiSignInDetails(request));
        return attempt;
    }

    @Test
    void theLoginFormsPasswordStepGivesOnlyTheCodeStepAndForgetsNoFailures() {
        String secret = switchedOn("casey");
        for (int i = 0; i < 4; i++) {
            throttle.failed("casey", "192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(1)); // past the slow-down, within the lock-out's memory
        var afterPassword = provider().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("casey", "x"));
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(AccountUserDetails.ONE_TIME_CODE_REQUIRED);
        String wrong = codeNow(secret).equals("123456") ? "654321" : "123456";
        assertThat(twoStep.checkCode("casey", wrong, ADDRESS, true)).isFalse();
        assertThat(throttle.isLocked("casey")).as("the 5th failure in a row, the password between not counting")
                .isTrue();
    }

    @Test
    void anApiSignInOfAnAccountWithCodesNeedsACurrentCodeInTheHeader() {
        String secret = switchedOn("casey");
        ThrottledAuthenticationProvider provider = provider();
        assertThatThrownBy(() -> provider.authenticate(api("casey", null)))
                .isInstanceOfSatisfying(OneTimeCodeRequiredException.class, e -> assertThat(e.sent()).isFalse());
        String code = codeNow(secret);
        String wrong = code.equals("123456") ? "654321" : "123456";
        assertThatThrownBy(() -> provider.authenticate(api("casey", wrong)))
                .isInstanceOfSatisfying(OneTimeCodeRequiredException.class, e -> assertThat(e.sent()).isTrue());
        clock.advance(Duration.ofSeconds(5));
        assertThat(provider.authenticate(api("casey", code)).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.CASEWORKER.authority());
        assertThatThrownBy(() -> provider.authenticate(api("casey", code))).as("replayed")
                .isInstanceOf(OneTimeCodeRequiredException.class);
        assertThat(api("casey", code).getDetails().toString()).doesNotContain(code);
        assertThat(events).extracting(Event::detail).contains("one-time code missing", "wrong one-time code",
                "signed in with a one-time code");
    }

    private List<String> authorities(String username) {
        return twoStep.signedInAs(username).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
