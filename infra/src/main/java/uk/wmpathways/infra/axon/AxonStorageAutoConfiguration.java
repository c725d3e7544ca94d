package uk.wmpathways.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The shared Axon set-up: events, messages, tokens and snapshots serialised as JSON with Jackson (XStream
 * does not work on Java 17), events and tracking tokens stored in MongoDB, and no transactions (the
 * embedded server has none; every write of ours is a single-document operation).
 */
@AutoConfiguration(
        before = MongoAutoConfiguration.class,
        beforeName = {
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration",
                "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"
        })
public class AxonStorageAutoConfiguration {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(UK);
    }

    /** The one JSON mapping of every message: unknown fields are ignored so that old readers survive new fields. */
    public static ObjectMapper messageObjectMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public static JacksonSerializer jacksonSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).defaultTyping().build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jacksonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jacksonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jacksonSerializer();
    }

    /**
     * Every write waits until a majority of the replica set has it in its journal, so an acknowledged
     * command survives the loss of the primary. (The embedded server accepts and ignores this.)
     */
    @Bean
    MongoClientSettingsBuilderCustomizer durableWrites() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoDatabaseFactory databaseFactory) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, databaseFactory.getMongoDatabase().getName())
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectProvider<EventUpcaster> upcasters) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
        tokenStore.ensureIndexes();
        return tokenStore;
    }
}
