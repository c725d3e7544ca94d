package uk.wmpathways.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.infra.metrics.MetersRegisteredOnce;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application's Axon components are measured by meters registered once, under Axon's own names and tags, so
 * that what operators scrape is what Axon's monitors gave. (A Spring Boot test has no Prometheus endpoint: the
 * meters are read from the registry behind it.)
 */
class AxonMetersTest extends EnrolmentApiTestSupport {

    @Autowired
    GlobalMetricRegistry axonMetrics;
    @Autowired
    MeterRegistry meters;

    @Test
    void aCommandAndItsEventAreCountedUnderAxonsNamesAndTags() {
        assertThat(axonMetrics).isInstanceOf(MetersRegisteredOnce.class);
        double registeredBefore = count("commandBus.successCounter", "payloadType", "RegisterParticipant");
        double projectedBefore = projected();

        registerParticipant("Meters");

        assertThat(count("commandBus.successCounter", "payloadType", "RegisterParticipant"))
                .isEqualTo(registeredBefore + 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> projected() == projectedBefore + 1);
        assertThat(meters.get("eventProcessor.latency").tag("processorName", "participants").gauge()).isNotNull();
        assertThat(meters.get("eventStore.ingestedCounter").counter().count()).isPositive();
        assertThat(meters.get("commandBus.allTimer").tag("payloadType", "RegisterParticipant").timer().count())
                .isPositive();
    }

    private double projected() {
        var counter = meters.find("eventProcessor.successCounter").tag("payloadType", "ParticipantRegistered")
                .tag("processorName", "participants").counter();
        return counter == null ? 0 : counter.count();
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
