package uk.wmpathways.infra.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Axon component's meters, with the names and tags of Axon's (4.12) dimensional monitors ({@code
 * <prefix>.allTimer}, {@code .ingestedCounter}, {@code .capacity}, ... tagged {@code payloadType}, and {@code
 * processorName} for a processor, whose {@code .latency} has that tag only), so dashboards and alerts built on Axon's
 * read the same series. Axon's
 * monitors build and look up every meter again for every message a component sees (a dozen for a processor, the
 * events it ignores included); these are registered once per payload type and kept.
 */
final class KeptMessageMeters implements MessageMonitor<Message<?>> {

    private static final Duration TIMER_EXPIRY = Duration.ofMinutes(10);
    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};
    static final String PAYLOAD_TYPE = "payloadType";

    private final String prefix;
    private final Tags componentTags;
    private final MeterRegistry registry;
    private final Clock clock;
    private final boolean countsBusyTime;
    /** The component's counters when they are not per payload type (the event bus's, as Axon's). */
    private final Counters sharedCounters;
    /** The component's latency when it has one (a processor's): how old the last event was when it arrived. */
    private final AtomicLong latency;
    private final Map<Class<?>, PayloadMeters> byPayloadType = new ConcurrentHashMap<>();

    private KeptMessageMeters(String prefix, Tags componentTags, MeterRegistry registry, boolean countsBusyTime,
                              boolean countsByPayloadType, boolean measuresLatency) {
        this.prefix = prefix;
        this.componentTags = componentTags;
        this.registry = registry;
        this.clock = registry.config().clock();
        this.countsBusyTime = countsBusyTime;
        this.sharedCounters = countsByPayloadType ? null : new Counters(componentTags);
        this.latency = measuresLatency ? new AtomicLong() : null;
        if (latency != null) {
            Gauge.builder(prefix + ".latency", latency, AtomicLong::get).tags(componentTags).register(registry);
        }
    }

    /** An event processor's: timers, latency, capacity and counters, under {@code eventProcessor}. */
    static KeptMessageMeters eventProcessor(String processorName, MeterRegistry registry) {
        return new KeptMessageMeters("eventProcessor", Tags.of("processorName", processorName), registry, true, true,
                true);
    }

    /** A command bus's, query bus's or query update emitter's: timers, capacity and counters. */
    static KeptMessageMeters handlingBus(String componentName, MeterRegistry registry) {
        return new KeptMessageMeters(componentName, Tags.empty(), registry, true, true, false);
    }

    /** The event bus's: counters (not per payload type) and timers. */
    static KeptMessageMeters eventBus(String componentName, MeterRegistry registry) {
        return new KeptMessageMeters(componentName, Tags.empty(), registry, false, false, false);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (message == null) {
            return NoOpMessageMonitorCallback.INSTANCE;
        }
        PayloadMeters meters = byPayloadType.get(message.getPayloadType());
        if (meters == null) {
            meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::register);
        }
        if (latency != null && message instanceof EventMessage<?> event) {
            latency.set(clock.wallTime() - event.getTimestamp().toEpochMilli());
        }
        meters.counters.ingested.increment();
        return new Handling(meters, clock.monotonicTime());
    }

    private PayloadMeters register(Class<?> payloadType) {
        Tags tags = componentTags.and(PAYLOAD_TYPE, payloadType.getSimpleName());
        PayloadMeters meters = new PayloadMeters(tags, countsBusyTime ? new BusyTimeWindow(clock) : null);
        if (meters.busyTime != null) {
            Gauge.builder(prefix + ".capacity", meters.busyTime, BusyTimeWindow::capacity).tags(tags)
                    .register(registry);
        }
        return meters;
    }

    private final class Counters {
        final Counter ingested;
        final Counter success;
        final Counter failure;
        final Counter processed;
        final Counter ignored;

        Counters(Tags tags) {
            ingested = registry.counter(prefix + ".ingestedCounter", tags);
            success = registry.counter(prefix + ".successCounter", tags);
            failure = registry.counter(prefix + ".failureCounter", tags);
            processed = registry.counter(prefix + ".processedCounter", tags);
            ignored = registry.counter(prefix + ".ignoredCounter", tags);
        }
    }

    private final class PayloadMeters {
        final Counters counters;
        final Timer allTimer;
        final Timer successTimer;
        final Timer failureTimer;
        final Timer ignoredTimer;
        final BusyTimeWindow busyTime;

        PayloadMeters(Tags tags, BusyTimeWindow busyTime) {
            counters = sharedCounters != null ? sharedCounters : new Counters(tags);
            allTimer = timer("allTimer", tags);
            successTimer = timer("successTimer", tags);
            failureTimer = timer("failureTimer", tags);
            ignoredTimer = timer("ignoredTimer", tags);
            this.busyTime = busyTime;
        }

        private Timer timer(String name, Tags tags) {
            return Timer.builder(prefix + "." + name).distributionStatisticExpiry(TIMER_EXPIRY)
                    .publishPercentiles(PERCENTILES).tags(tags).register(registry);
        }
    }

    /** One message's handling: what it reports goes to its payload type's meters. */
    private final class Handling implements MonitorCallback {
        private final PayloadMeters meters;
        private final long start;

        Handling(PayloadMeters meters, long start) {
            this.meters = meters;
            this.start = start;
        }

        @Override
        public void reportSuccess() {
            long took = finished();
            meters.successTimer.record(took, TimeUnit.NANOSECONDS);
            meters.counters.processed.increment();
            meters.counters.success.increment();
        }

        @Override
        public void reportFailure(Throwable cause) {
            long took = finished();
            meters.failureTimer.record(took, TimeUnit.NANOSECONDS);
            meters.counters.processed.increment();
            meters.counters.failure.increment();
        }

        @Override
        public void reportIgnored() {
            long took = finished();
            meters.ignoredTimer.record(took, TimeUnit.NANOSECONDS);
            meters.counters.ignored.increment();
        }

        private long finished() {
            long took = clock.monotonicTime() - start;
            meters.allTimer.record(took, TimeUnit.NANOSECONDS);
            if (meters.busyTime != null) {
                meters.busyTime.record(took);
            }
            return took;
        }
    }
}
