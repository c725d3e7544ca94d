package uk.wmpathways.gpreferrals.push;

import ca.uhn.fhir.context.FhirContext;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.Milestones;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional push of Task changes to a practice's endpoint: a receiver started here on 127.0.0.1 (JDK HttpServer),
 * the queue in an in-memory MongoDB, time moved on by hand. Delivered once; a failing-then-succeeding receiver is
 * retried after the backoff; after the last attempt it is given up; the queue survives a new sender (a restart);
 * a practice without an endpoint gets nothing, and the same change is queued once.
 */
class StatusPushTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void startMongoAndReceiver() throws IOException {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "push_test");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/fhir/$process-message", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failuresLeft.getAndDecrement() > 0;
            if (!fail) {
                received.add(body);
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        client.close();
        server.shutdownNow();
    }

    private String endpoint() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/fhir/$process-message";
    }

    private StatusPushes pushes(boolean showTrialArm) {
        return new StatusPushes(mongo, FHIR, clock, Map.of("y90001", endpoint()), showTrialArm);
    }

    private StatusPushSender sender(StatusPushes pushes, int maxAttempts) {
        return new StatusPushSender(mongo, pushes, clock, Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofMinutes(5), maxAttempts);
    }

    private static GpReferralStatus status(String practice, String taskStatus) {
        return new GpReferralStatus("ref-1", practice, "sr-1", LocalDate.of(2026, 11, 30), NOW, taskStatus, NOW,
                NOW, NOW, "enrolment-1", null, null, null, null,
                new Milestones(NOW, LocalDate.of(2026, 12, 1), null, null, null), TrialArm.CONTROL);
    }

    private PushedStatus.State stateOf(String id) {
        return mongo.findById(id, PushedStatus.class, StatusPushes.COLLECTION).state();
    }

    @Test
    void aChangeIsPushedOnceAsAServiceRequestResponseWithTheTask() {
        StatusPushes pushes = pushes(false);
        pushes.changed(status("Y90001", "in-progress"));
        pushes.changed(status("Y90001", "in-progress"));

        assertThat(sender(pushes, 8).deliverDue()).isEqualTo(1);

        assertThat(received).hasSize(1);
        Bundle message = FHIR.newJsonParser().parseResource(Bundle.class, received.get(0));
        assertThat(message.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        MessageHeader header = (MessageHeader) message.getEntry().get(0).getResource();
        assertThat(header.getEventCoding().getCode()).isEqualTo("servicerequest-response");
        Task task = (Task) message.getEntry().get(1).getResource();
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("seen-by-employment-specialist");
        assertThat(received.get(0)).as("the trial arm is not pushed when not shown").doesNotContain("control");
        assertThat(stateOf("ref-1:in-progress:seen-by-employment-specialist"))
                .isEqualTo(PushedStatus.State.DELIVERED);
        assertThat(sender(pushes, 8).deliverDue()).as("nothing more is due").isZero();
    }

    @Test
    void aFailingThenSucceedingReceiverGetsItAfterTheBackoffEvenAfterARestart() {
        StatusPushes pushes = pushes(false);
        pushes.changed(status("Y90001", "accepted"));
        failuresLeft.set(2);
        String id = "ref-1:accepted:seen-by-employment-specialist";

        sender(pushes, 8).deliverDue();
        assertThat(received).isEmpty();
        assertThat(sender(pushes, 8).deliverDue()).as("not due before its backoff").isZero();

        clock.advance(Duration.ofSeconds(10));
        sender(pushes, 8).deliverDue();
        assertThat(received).isEmpty();
        clock.advance(Duration.ofSeconds(19));
        assertThat(sender(pushes, 8).deliverDue()).as("the second backoff is doubled").isZero();

        clock.advance(Duration.ofSeconds(1));
        StatusPushSender afterARestart = sender(pushes(false), 8);
        assertThat(afterARestart.deliverDue()).isEqualTo(1);
        assertThat(received).hasSize(1);
        PushedStatus delivered = mongo.findById(id, PushedStatus.class, StatusPushes.COLLECTION);
        assertThat(delivered.state()).isEqualTo(PushedStatus.State.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
    }

    @Test
    void afterTheLastAttemptItIsGivenUp() {
        StatusPushes pushes = pushes(false);
        pushes.changed(status("Y90001", "completed"));
        failuresLeft.set(100);
        StatusPushSender sender = sender(pushes, 3);

        for (int round = 0; round < 5; round++) {
            sender.deliverDue();
            clock.advance(Duration.ofMinutes(10));
        }

        PushedStatus given = mongo.findById("ref-1:completed:seen-by-employment-specialist", PushedStatus.class,
                StatusPushes.COLLECTION);
        assertThat(given.state()).isEqualTo(PushedStatus.State.GAVE_UP);
        assertThat(given.attempts()).isEqualTo(3);
        assertThat(given.lastHttpStatus()).isEqualTo(503);
    }

    @Test
    void anUnreachableEndpointIsRetriedLikeAFailure() {
        StatusPushes pushes = new StatusPushes(mongo, FHIR, clock, Map.of("Y90001", "http://127.0.0.1:1/none"),
                true);
        pushes.changed(status("Y90001", "received"));

        sender(pushes, 8).deliverDue();

        PushedStatus pending = mongo.findAll(PushedStatus.class, StatusPushes.COLLECTION).get(0);
        assertThat(pending.state()).isEqualTo(PushedStatus.State.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastHttpStatus()).isNull();
        assertThat(pending.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(pending.message()).as("shown when the protocol allows").contains("control");
    }

    @Test
    void aPracticeWithoutAnEndpointGetsNothing() {
        StatusPushes pushes = pushes(false);
        pushes.changed(status("Y90002", "accepted"));

        assertThat(mongo.findAll(PushedStatus.class, StatusPushes.COLLECTION)).isEmpty();
        assertThat(new StatusPushes(mongo, FHIR, clock, Map.of(), false).anyConfigured()).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
