package uk.wmpathways.infra.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Counted;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Seen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of the test application ({@link EventStoreTestApplication}) sharing one in-memory embedded
 * MongoDB, as instances of one deployment share a replica set: in the test's JVM, or each in a JVM of its own. A
 * test registers it as an extension on a field: each test starts with a new store and nothing
 * {@link EventStoreTestApplication.Seen}, and after it the child JVMs are killed, the instances still open are
 * closed, then the store.
 */
final class InstancesSharingOneStore implements AfterEachCallback {

    /** Instances of one deployment share the key that wraps people's keys. */
    private static final String SHARED_MASTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    static final String COUNTING = "counting";
    /** Named on every instance's command line, above the test JVM's own database (a system property). */
    static final String DATABASE = "pathways_test";

    private final EmbeddedMongoServer mongo = new EmbeddedMongoServer(new EmbeddedMongoProperties(
            EmbeddedMongoProperties.Storage.MEMORY, null, DATABASE, null));
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    InstancesSharingOneStore() {
        EventStoreTestApplication.Seen.clear();
    }

    /** A new instance, with {@code properties} ({@code --name=value}) besides the shared store and key. */
    ConfigurableApplicationContext start(String... properties) {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(EventStoreTestApplication.class)
                .run(arguments(properties).toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    /**
     * A new instance in a JVM of its own, so that it can be killed ({@link Process#destroyForcibly()}, SIGKILL);
     * its output goes to {@code log}.
     */
    Process startInChildJvm(Path log, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        // The test JVM's own -XX options (the pom's pathways.test-jvm): the child starts as quickly as it does
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EventStoreTestApplication.class.getName()));
        command.addAll(arguments(properties).toList());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(child);
        return child;
    }

    String connectionString() {
        return mongo.connectionString();
    }

    private Stream<String> arguments(String... properties) {
        return Stream.concat(Stream.of("--spring.data.mongodb.uri=" + mongo.connectionString(),
                "--spring.data.mongodb.database=" + DATABASE,
                "--pathways.personal-data.master-key=" + SHARED_MASTER_KEY), Stream.of(properties));
    }

    /** Stops the instance as a deployment stops one of its instances. */
    void stop(ConfigurableApplicationContext instance) {
        instances.remove(instance);
        instance.close();
    }

    /** Segments of the test application's projection ("counting") that {@code instance} holds. */
    static int segmentsHeld(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(COUNTING, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().size())
                .orElse(0);
    }

    /** {@code eventsEach} events of each of {@code aggregates} test aggregates, named {@code prefix-n}. */
    static void write(EventStore events, String prefix, int aggregates, int eventsEach) {
        for (int sequence = 0; sequence < eventsEach; sequence++) {
            for (int a = 0; a < aggregates; a++) {
                String aggregateId = prefix + "-" + a;
                events.publish(new GenericDomainEventMessage<>("TestAggregate", aggregateId, sequence,
                        new Counted(aggregateId, sequence)));
            }
        }
    }

    /**
     * Waits until {@code stored} events have been handled and a second more, then checks that each was handled
     * once and each aggregate's in order ({@code eventsOf} gives an aggregate's number of events).
     */
    static void assertEveryEventHandledOnceInOrder(long stored, ToIntFunction<String> eventsOf, String about) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Seen.total() >= stored);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(Seen.total()).as("events handled, %s", about).isEqualTo(stored);
        assertThat(Seen.timesByEventId.values()).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        Seen.sequencesByAggregate.forEach((aggregate, sequences) -> assertThat(sequences).as(aggregate)
                .containsExactlyElementsOf(LongStream.range(0, eventsOf.applyAsInt(aggregate)).boxed().toList()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        instances.forEach(ConfigurableApplicationContext::close);
        mongo.close();
    }
}
