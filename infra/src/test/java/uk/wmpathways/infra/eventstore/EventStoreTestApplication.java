package uk.wmpathways.infra.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

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

    /** A test event: the n-th event of a test aggregate. */
    record Counted(String aggregateId, long sequence) {
    }

    /** Shared by every application context in the test JVM, so that two contexts count into one place. */
    static final class Seen {
        static final Map<String, AtomicInteger> timesByEventId = new ConcurrentHashMap<>();
        static final Map<String, List<Long>> sequencesByAggregate = new ConcurrentHashMap<>();

        static void clear() {
            timesByEventId.clear();
            sequencesByAggregate.clear();
        }

        static int total() {
            return timesByEventId.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    @Component
    @ProcessingGroup("counting")
    static class CountingProjection {
        @EventHandler
        void on(Counted event, DomainEventMessage<Counted> message) {
            Seen.timesByEventId.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
            Seen.sequencesByAggregate.computeIfAbsent(event.aggregateId(), id -> new CopyOnWriteArrayList<>())
                    .add(message.getSequenceNumber());
        }
    }
}
