package uk.wmpathways.infra.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class KeptMessageMetersTest {

    record CaseOpened(String id) {
    }

    record ContactLogged(String id) {
    }

    private final MockClock clock = new MockClock();

    @Test
    void aProcessorsMetersHaveAxonsNamesTagsAndCounts() {
        assertSameMetersAsAxons(EventProcessor.class, "casework");
    }

    @Test
    void aCommandBussAndTheEventBussMetersHaveAxonsNamesTagsAndCounts() {
        assertSameMetersAsAxons(CommandBus.class, "commandBus");
        assertSameMetersAsAxons(EventBus.class, "eventStore");
    }

    @Test
    void aPayloadTypesMessagesAllCountOnTheSameMeters() {
        SimpleMeterRegistry registry = registry();
        MessageMonitor<Message<?>> monitor = monitor(new MetersRegisteredOnce(registry), EventProcessor.class);
        monitor.onMessageIngested(event(new CaseOpened("a"), 0)).reportSuccess();
        List<Meter> first = registry.getMeters();
        for (int i = 0; i < 100; i++) {
            monitor.onMessageIngested(event(new CaseOpened("b" + i), i)).reportSuccess();
        }
        assertThat(registry.getMeters()).containsExactlyInAnyOrderElementsOf(first);
        assertThat(registry.get("eventProcessor.successCounter").tag("payloadType", "CaseOpened").counter().count())
                .isEqualTo(101);
    }

    @Test
    void capacityIsTheBusyShareOfTheLastTenMinutes() {
        SimpleMeterRegistry registry = registry();
        MessageMonitor<Message<?>> monitor = monitor(new MetersRegisteredOnce(registry), CommandBus.class);
        for (int i = 0; i < 60; i++) {
            MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(command(new CaseOpened("a")));
            clock.add(Duration.ofSeconds(1)); // busy one second in each ten
            handling.reportSuccess();
            clock.add(Duration.ofSeconds(9));
        }
        assertThat(capacity(registry)).as("to within a bucket of ten seconds").isCloseTo(0.1, offset(0.002));
        clock.add(Duration.ofMinutes(5));
        assertThat(capacity(registry)).as("half the busy time has left the window")
                .isCloseTo(0.05, offset(0.005));
        clock.add(Duration.ofMinutes(6));
        assertThat(capacity(registry)).isZero();
    }

    @Test
    void latencyIsHowOldTheLastEventWasWhenTheProcessorReceivedIt() {
        SimpleMeterRegistry registry = registry();
        MessageMonitor<Message<?>> monitor = monitor(new MetersRegisteredOnce(registry), EventProcessor.class);
        clock.add(Duration.ofSeconds(10));
        monitor.onMessageIngested(event(new CaseOpened("a"), 1_000)).reportSuccess();
        monitor.onMessageIngested(event(new ContactLogged("a"), 4_000));
        assertThat(registry.get("eventProcessor.latency").tag("processorName", "component").gauge().value())
                .isEqualTo(clock.wallTime() - 4_000);
    }

    private void assertSameMetersAsAxons(Class<?> componentType, String name) {
        SimpleMeterRegistry axons = registry();
        SimpleMeterRegistry ours = registry();
        feed(new GlobalMetricRegistry(axons), componentType, name);
        feed(new MetersRegisteredOnce(ours), componentType, name);
        assertThat(described(ours)).isEqualTo(described(axons)).isNotEmpty();
    }

    /** Every kind of outcome for two payload types, two messages of one. */
    private void feed(GlobalMetricRegistry metrics, Class<?> componentType, String name) {
        @SuppressWarnings("unchecked")
        MessageMonitor<Message<?>> monitor =
                (MessageMonitor<Message<?>>) metrics.registerComponentWithDefaultTags(componentType, name);
        monitor.onMessageIngested(event(new CaseOpened("a"), 10)).reportSuccess();
        monitor.onMessageIngested(event(new CaseOpened("b"), 20)).reportFailure(new IllegalStateException());
        monitor.onMessageIngested(event(new ContactLogged("a"), 30)).reportIgnored();
    }

    /** Each meter's type, name and tags, with its count where it counts. */
    private static Map<String, Object> described(SimpleMeterRegistry registry) {
        Map<String, Object> described = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            String key = meter.getId().getType() + " " + meter.getId().getName() + " " + meter.getId().getTags();
            Object value = switch (meter.getId().getType()) {
                case COUNTER -> registry.get(meter.getId().getName()).tags(meter.getId().getTags()).counter().count();
                case TIMER -> registry.get(meter.getId().getName()).tags(meter.getId().getTags()).timer().count();
                default -> "";
            };
            described.put(key, value);
        }
        return described;
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> monitor(GlobalMetricRegistry metrics, Class<?> componentType) {
        return (MessageMonitor<Message<?>>) metrics.registerComponentWithDefaultTags(componentType, "component");
    }

    private SimpleMeterRegistry registry() {
        return new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    }

    private static double capacity(SimpleMeterRegistry registry) {
        return registry.get("component.capacity").tag("payloadType", "CaseOpened").gauge().value();
    }

    private static Message<?> event(Object payload, long epochMillis) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, Map.of(),
                Instant.ofEpochMilli(epochMillis));
    }

    private static Message<?> command(Object payload) {
        return GenericCommandMessage.asCommandMessage(payload);
    }
}
