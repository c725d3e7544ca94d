package uk.wmpathways.infra.eventstore;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Several instances of the test application ({@link EventStoreTestApplication}) sharing one in-memory embedded
 * MongoDB, as instances of one deployment share a replica set. A test registers it as an extension on a field: each
 * test starts with a new store and nothing {@link EventStoreTestApplication.Seen}, and after it the instances
 * still open are closed, then the store.
 */
final class InstancesSharingOneStore implements AfterEachCallback {

    /** Instances of one deployment share the key that wraps people's keys. */
    private static final String SHARED_MASTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    private final EmbeddedMongoServer mongo = new EmbeddedMongoServer(new EmbeddedMongoProperties(
            EmbeddedMongoProperties.Storage.MEMORY, null, "pathways_test", null));
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    InstancesSharingOneStore() {
        EventStoreTestApplication.Seen.clear();
    }

    /** A new instance, with {@code properties} ({@code --name=value}) besides the shared store and key. */
    ConfigurableApplicationContext start(String... properties) {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(EventStoreTestApplication.class).run(
                Stream.concat(Stream.of("--spring.data.mongodb.uri=" + mongo.connectionString(),
                        "--pathways.personal-data.master-key=" + SHARED_MASTER_KEY), Stream.of(properties))
                        .toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    /** Stops the instance as a deployment stops one of its instances. */
    void stop(ConfigurableApplicationContext instance) {
        instances.remove(instance);
        instance.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        instances.forEach(ConfigurableApplicationContext::close);
        mongo.close();
    }
}
