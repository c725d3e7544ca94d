package uk.wmpathways.infra.security;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication;
import uk.wmpathways.infra.personaldata.MigrationMarkers;

import static org.assertj.core.api.Assertions.assertThat;

/** In infra's shared test context: the application's store seals secrets, and the sealing ran at start-up. */
@SpringBootTest(classes = EventStoreTestApplication.class)
class TotpSecretsAtStartUpTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    TwoStepSignIn twoStep;

    @AfterEach
    void removeTheCredentialMadeHere() {
        mongo.remove(Query.query(Criteria.where("_id").is("wired.admin")), TotpCredentials.COLLECTION);
    }

    @Test
    void plainSecretsWereSealedAtStartUpAndNewOnesAreStoredSealed() {
        assertThat(new MigrationMarkers(mongo.getDb()).done(TotpSecretSealing.MIGRATION)).isTrue();

        String secret = twoStep.startSetup("wired.admin").secret();

        Document stored = mongo.findById("wired.admin", Document.class, TotpCredentials.COLLECTION);
        assertThat(stored).containsKey(TotpCredentials.SEALED_SECRET).doesNotContainKey(TotpCredentials.PLAIN_SECRET);
        assertThat(stored.toJson()).doesNotContain(secret);
        assertThat(twoStep.state("wired.admin")).isEqualTo(TwoStepSignIn.State.SETTING_UP);
    }
}
