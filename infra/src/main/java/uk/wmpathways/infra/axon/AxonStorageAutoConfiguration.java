package uk.wmpathways.infra.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import uk.wmpathways.infra.eventstore.EventStoreProperties;
import uk.wmpathways.infra.eventstore.CurrentRevisionSnapshots;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.eventstore.PayloadProtection;
import uk.wmpathways.infra.eventstore.MongoEventStoreSettings;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;

/**
 * The shared Axon set-up: events, messages, tokens and snapshots serialised as JSON with Jackson (XStream
 * does not work on Java 17); events in MongoDB with a gap-aware global sequence
 * ({@link GlobalSequenceMongoEventStorageEngine}); tracking tokens with the Mongo extension's token store;
 * Axon's no-op transaction manager (the embedded server has no transactions; see docs/architecture.md).
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
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonStorageAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(UkTime.ZONE);
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
     * Tracking processors handle up to 100 events per batch and store their token once per batch instead of
     * once per event (projections are idempotent, so a batch replayed after a crash is harmless). They wait a
     * quarter of a second for new events, not Axon's second: a processor stops, and a rebuild sees that it has
     * replayed everything, after one such wait, which was up to 2 s of every rebuild (a small projection's
     * rebuild took 2.3 s for 54 events). The claim renewal after each empty wait is kept to once a second
     * ({@link ClaimExtensionsOncePerSecond}).
     */
    @Bean
    ConfigurerModule trackingProcessorBatches() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                configuration -> trackingProcessor(1, 1));
    }

    /**
     * A tracking processor created with {@code segments} segments, with a thread for each of them and of the
     * {@code stored} segments its tokens already have: a thread claims one segment, so fewer threads than segments
     * would leave some unhandled on an instance alone (see {@link SegmentShares}).
     */
    static TrackingEventProcessorConfiguration trackingProcessor(int segments, int stored) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(Math.max(segments, stored))
                .andInitialSegmentsCount(segments).andBatchSize(100)
                .andEventAvailabilityTimeout(250, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * A handler that fails stops its processor rather than skipping the event (Axon's default only logs it): a
     * tracking projection retries the batch with back-off from its stored token, so a read model never silently
     * misses an event (a MongoDB hiccup, a handler interrupted by a shutdown); a subscribing handler fails the
     * command it runs with, as {@link Subscribing} promises.
     */
    @Bean
    ConfigurerModule handlerFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /** Every processing group whose handler is marked {@link Subscribing}; read without creating the beans. */
    @Bean
    static ConfigurerModule subscribingProcessingGroups(ConfigurableListableBeanFactory beans) {
        return configurer -> {
            for (String name : beans.getBeanNamesForAnnotation(Subscribing.class)) {
                ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
                if (group == null) {
                    throw new IllegalStateException(name + " is @Subscribing without a @ProcessingGroup");
                }
                configurer.eventProcessing().registerSubscribingEventProcessor(group.value());
            }
        };
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
    GlobalSequenceMongoEventStorageEngine eventStorageEngine(MongoClient mongoClient,
                                                              MongoDatabaseFactory databaseFactory,
                                                              @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                                              ObjectProvider<EventUpcaster> upcasters,
                                                              ObjectProvider<PayloadProtection> protection,
                                                              EventStoreProperties properties,
                                                              Clock clock) {
        String database = databaseFactory.getMongoDatabase().getName();
        MongoEventStoreSettings defaults = MongoEventStoreSettings.DEFAULTS;
        MongoEventStoreSettings settings = new MongoEventStoreSettings(
                properties.batchSize() == null ? defaults.batchSize() : properties.batchSize(),
                properties.gapTimeout() == null ? defaults.gapTimeout() : properties.gapTimeout(),
                properties.transactionalAppends() == null
                        ? transactionsSupported(mongoClient, database) : properties.transactionalAppends());
        GlobalSequenceMongoEventStorageEngine engine = new GlobalSequenceMongoEventStorageEngine(
                GlobalSequenceMongoEventStorageEngine.builder()
                        .snapshotSerializer(snapshotSerializer)
                        .snapshotFilter(new CurrentRevisionSnapshots())
                        .eventSerializer(eventSerializer)
                        .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList())),
                mongoClient, database, settings, clock);
        engine.protectPayloads(protection.getIfAvailable(() -> PayloadProtection.NONE));
        engine.ensureIndexes();
        return engine;
    }

    private static boolean transactionsSupported(MongoClient mongoClient, String database) {
        // isMaster, not hello: the embedded server answers only the former.
        return supportsTransactions(mongoClient.getDatabase(database).runCommand(new Document("isMaster", 1)));
    }

    /**
     * A replica set member answers {@code isMaster} with its set's name; a mongos (a sharded cluster's router, whose
     * shards are replica sets) answers {@code msg: "isdbgrid"}. Both run multi-document transactions; a standalone
     * server and the embedded one do not.
     */
    static boolean supportsTransactions(Document isMaster) {
        return isMaster.containsKey("setName") || "isdbgrid".equals(isMaster.getString("msg"));
    }

    /** Snapshots are aggregates, whose state is in private fields: Jackson reads and writes the fields. */
    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer() {
        ObjectMapper mapper = messageObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).defaultTyping().build();
    }

    @Bean
    ProcessingNode processingNode() {
        return ProcessingNode.ofThisInstance();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, ProcessingNode node) {
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(node.id())
                .build();
        tokenStore.ensureIndexes();
        return new ClaimExtensionsOncePerSecond(tokenStore, java.time.Clock.systemUTC());
    }
}
