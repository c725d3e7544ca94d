package uk.wmpathways.infra.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.axon.SplittablePerAggregate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Just the infra module and one tracking projection that records everything it is given. Public so that every
 * infra test that needs an application context names this one and shares it.
 */
@SpringBootApplication
public class EventStoreTestApplication {

    /** An instance in a JVM of its own ({@link InstancesSharingOneStore#startInChildJvm}). */
    public static void main(String[] args) {
        SpringApplication.run(EventStoreTestApplication.class, args);
    }

    /** A test event: the n-th event of a test aggregate. */
    record Counted(String aggregateId, long sequence) {
    }

    /** Shared by every application context in the test JVM, so that two contexts count into one place. */
    static final class Seen {
        static final Map<String, AtomicInteger> timesByEventId = new ConcurrentHashMap<>();
        static final Map<String, List<Long>> sequencesByAggregate = new ConcurrentHashMap<>();
        /** Aggregates whose first event makes the handler fail once, as a MongoDB hiccup would. */
        static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

        static void clear() {
            timesByEventId.clear();
            sequencesByAggregate.clear();
            failuresLeft.clear();
        }

        static int total() {
            return timesByEventId.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    @Component
    @ProcessingGroup("counting")
    @SplittablePerAggregate
    static class CountingProjection {
        @EventHandler
        void on(Counted event, DomainEventMessage<Counted> message) {
            AtomicInteger failures = Seen.failuresLeft.get(event.aggregateId());
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("a read model write failed (test)");
            }
            Seen.timesByEventId.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
            Seen.sequencesByAggregate.computeIfAbsent(event.aggregateId(), id -> new CopyOnWriteArrayList<>())
                    .add(message.getSequenceNumber());
        }
    }
}
