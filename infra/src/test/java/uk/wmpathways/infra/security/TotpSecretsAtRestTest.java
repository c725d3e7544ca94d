package uk.wmpathways.infra.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.wmpathways.infra.personaldata.MasterKey;
import uk.wmpathways.infra.personaldata.MigrationMarkers;
import uk.wmpathways.infra.personaldata.PurposeKeys;
import uk.wmpathways.infra.security.TwoStepSignIn.State;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-time-code secrets at rest: stored sealed under the master key's key for them, bound to their account, and
 * the plain ones of an earlier version sealed once at start-up, with codes working throughout.
 */
class TotpSecretsAtRestTest {

    private static final String ADDRESS = "10.0.0.9";
    private static final Duration STEP = Duration.ofSeconds(30);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final TestClock clock = new TestClock();
    private MongoClient client;
    private MongoTemplate mongo;
    private TotpCredentials credentials;
    private TwoStepSignIn twoStep;

    @BeforeEach
    void emptyStore() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "totp_at_rest_test");
        credentials = new TotpCredentials(mongo, new PurposeKeys(MasterKey.random()));
        twoStep = new TwoStepSignIn(credentials, new AccountAdministrationTest.InMemoryAccounts(),
                new SignInThrottle(SignInLimits.defaults(), clock), new LoggedSecurityEvents(), clock, Set.of());
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    private Document stored(String username) {
        return mongo.findById(username, Document.class, TotpCredentials.COLLECTION);
    }

    private String switchedOn(String username) {
        String secret = twoStep.startSetup(username).secret();
        twoStep.confirmSetup(username, OneTimeCodes.codeAt(secret, clock.instant()), ADDRESS);
        clock.advance(STEP);
        return secret;
    }

    @Test
    void theStoredDocumentHoldsNoPlainSecretAndCodesStillVerify() {
        String pendingSecret = twoStep.startSetup("sam.admin").secret();
        assertThat(stored("sam.admin").toJson()).doesNotContain(pendingSecret);
        twoStep.confirmSetup("sam.admin", OneTimeCodes.codeAt(pendingSecret, clock.instant()), ADDRESS);
        clock.advance(STEP);

        Document document = stored("sam.admin");
        assertThat(document.toJson()).doesNotContain(pendingSecret);
        assertThat(document).doesNotContainKey(TotpCredentials.PLAIN_SECRET).containsKey(TotpCredentials.SEALED_SECRET);
        assertThat(credentials.find("sam.admin")).get().extracting(TotpCredential::secret).isEqualTo(pendingSecret);
        assertThat(twoStep.state("sam.admin")).isEqualTo(State.ON);
        assertThat(twoStep.checkCode("sam.admin", OneTimeCodes.codeAt(pendingSecret, clock.instant()), ADDRESS, true))
                .isTrue();
    }

    @Test
    void aSealedSecretCopiedToAnotherAccountDoesNotOpenThereAndNoCodeIsAccepted() {
        String samSecret = switchedOn("sam.admin");
        switchedOn("kim.admin");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("kim.admin")),
                Update.update(TotpCredentials.SEALED_SECRET, stored("sam.admin").getString(TotpCredentials.SEALED_SECRET)),
                TotpCredentials.COLLECTION);

        assertThat(credentials.find("kim.admin")).isEmpty();
        assertThat(twoStep.state("kim.admin")).as("codes stay on: nothing falls back to a password alone")
                .isEqualTo(State.ON);
        assertThat(twoStep.checkCode("kim.admin", OneTimeCodes.codeAt(samSecret, clock.instant()), ADDRESS, true))
                .isFalse();
        assertThat(twoStep.checkCode("sam.admin", OneTimeCodes.codeAt(samSecret, clock.instant()), ADDRESS, true))
                .isTrue();
    }

    @Test
    void aPlainSecretOfAnEarlierVersionIsReadThenSealedOnceAtStartUp() {
        String secret = OneTimeCodes.newSecret();
        // As the earlier version's mapping of TotpCredential wrote it.
        mongo.insert(new Document("_id", "old.admin").append("secret", secret).append("confirmed", true)
                .append("lastUsedStep", OneTimeCodes.stepOf(clock.instant()) - 10)
                .append("_class", "uk.wmpathways.infra.security.TotpCredential"), TotpCredentials.COLLECTION);
        switchedOn("new.admin");
        TotpSecretSealing sealing = new TotpSecretSealing(mongo, credentials, clock);
        assertThat(sealing.done()).isFalse();
        assertThat(credentials.find("old.admin")).get().extracting(TotpCredential::secret)
                .as("read while not sealed yet").isEqualTo(secret);

        assertThat(sealing.run()).isEqualTo(1);

        assertThat(sealing.done()).isTrue();
        assertThat(new MigrationMarkers(mongo.getDb()).done(TotpSecretSealing.MIGRATION)).isTrue();
        Document sealed = stored("old.admin");
        assertThat(sealed.toJson()).doesNotContain(secret);
        assertThat(sealed).doesNotContainKey(TotpCredentials.PLAIN_SECRET).containsEntry("confirmed", true);
        assertThat(twoStep.checkCode("old.admin", OneTimeCodes.codeAt(secret, clock.instant()), ADDRESS, true))
                .isTrue();
        assertThat(sealing.run()).as("again: nothing left to seal").isZero();
    }
}
