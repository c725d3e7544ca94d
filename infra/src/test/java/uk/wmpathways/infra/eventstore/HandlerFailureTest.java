package uk.wmpathways.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Counted;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Seen;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection whose handler fails on an event handles it again rather than skipping it: Axon's default error
 * handler only logs the failure and moves on, which would leave a read model without that event for ever.
 */
class HandlerFailureTest {

    private EmbeddedMongoServer mongo;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void start() {
        Seen.clear();
        mongo = new EmbeddedMongoServer(new EmbeddedMongoProperties(EmbeddedMongoProperties.Storage.MEMORY, null,
                "pathways_test", null));
        app = new SpringApplicationBuilder(EventStoreTestApplication.class).run(
                "--spring.data.mongodb.uri=" + mongo.connectionString());
    }

    @AfterEach
    void stop() {
        app.close();
        mongo.close();
    }

    @Test
    void anEventWhoseHandlerFailedIsHandledAgainNotSkipped() {
        Seen.failuresLeft.put("hiccup", new AtomicInteger(1));
        EventStore events = app.getBean(EventStore.class);

        events.publish(new GenericDomainEventMessage<>("TestAggregate", "hiccup", 0, new Counted("hiccup", 0)));
        events.publish(new GenericDomainEventMessage<>("TestAggregate", "hiccup", 1, new Counted("hiccup", 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Seen.sequencesByAggregate.get("hiccup")).as("both events, the failed one again")
                        .isEqualTo(List.of(0L, 1L)));
        assertThat(Seen.failuresLeft.get("hiccup").get()).as("the handler failed once").isLessThan(1);
    }
}
