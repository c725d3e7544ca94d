package uk.wmpathways.infra.personaldata;

import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.util.ClassUtils;
import uk.wmpathways.infra.eventstore.PayloadProtection;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Crypto-shredding: a key per person in {@link MongoDataSubjectKeys} (unless another {@link DataSubjectKeys} is
 * given, such as one backed by a key management service), the event store's {@link PersonalDataProtection}, and
 * {@link PurposeKeys} for what is kept outside the events.
 */
@AutoConfiguration
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MasterKey personalDataMasterKey(PersonalDataProperties properties,
                                    ObjectProvider<EmbeddedMongoProperties> embedded) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return MasterKey.fromBase64(properties.masterKey());
        }
        EmbeddedMongoProperties local = embedded.getIfAvailable();
        if (local == null) {
            throw new IllegalStateException("Set PATHWAYS_MASTER_KEY or pathways.personal-data.master-key (base64 of 32 random bytes, from"
                    + " a secret store): with an external MongoDB the key that protects personal data is required");
        }
        return local.storage() == EmbeddedMongoProperties.Storage.MEMORY
                ? MasterKey.random()
                : MasterKeyFile.beside(Path.of(local.file()));
    }

    /** Keys for the secrets and identifiers kept outside the events (one-time-code secrets, NHS number claims). */
    @Bean
    @ConditionalOnMissingBean
    PurposeKeys purposeKeys(MasterKey masterKey) {
        return new PurposeKeys(masterKey);
    }

    @Bean
    @ConditionalOnMissingBean
    DataSubjectKeys dataSubjectKeys(MongoClient client, MongoDatabaseFactory databaseFactory, MasterKey masterKey) {
        return new MongoDataSubjectKeys(client.getDatabase(databaseFactory.getMongoDatabase().getName()), masterKey);
    }

    @Bean
    PersonalFields personalFields() {
        return new PersonalFields(ClassUtils.getDefaultClassLoader());
    }

    @Bean
    @ConditionalOnProperty(name = "pathways.personal-data.encryption", havingValue = "true", matchIfMissing = true)
    PayloadProtection personalDataProtection(DataSubjectKeys keys, PersonalFields fields) {
        return new PersonalDataProtection(keys, fields);
    }

    /** Events stored in plain text before this version are sealed once, in the background, after start-up. */
    @Bean
    @ConditionalOnProperty(name = "pathways.personal-data.encryption", havingValue = "true", matchIfMissing = true)
    ApplicationRunner sealPlainTextAtStart(MongoClient client, MongoDatabaseFactory databaseFactory,
                                           PayloadProtection protection, PersonalFields fields, DataSubjectKeys keys,
                                           Clock clock, ObjectProvider<EmbeddedMongoServer> embedded) {
        PlainTextSealing sealing = new PlainTextSealing(client.getDatabase(databaseFactory.getMongoDatabase().getName()),
                protection, fields, keys, clock);
        return arguments -> {
            if (sealing.done()) {
                return;
            }
            Thread thread = new Thread(() -> {
                PlainTextSealing.Result result = sealing.run();
                if (result.eventsSealed() > 0 || result.snapshotsDropped() > 0) {
                    embedded.ifAvailable(EmbeddedMongoServer::scrubDataFileAtNextStart);
                }
            }, "seal-plain-text-personal-data");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
