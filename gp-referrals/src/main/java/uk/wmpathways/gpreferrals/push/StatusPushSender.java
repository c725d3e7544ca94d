package uk.wmpathways.gpreferrals.push;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the queued status pushes ({@link StatusPushes}) on a thread of its own, every
 * {@code pathways.gp-referrals.push-delivery.poll} (default 2 s), only when a practice has an endpoint. A POST
 * answered 2xx is delivered; anything else (another status, a timeout, no connection) is tried again after a
 * backoff doubling from {@code initial-backoff} (10 s) up to {@code max-backoff} (1 h), at most
 * {@code max-attempts} (8: about 21 minutes in all) times; then it is given up ({@code GAVE_UP}, logged with the
 * referral id and practice only): the practice still reads the Task, and the next change is pushed anew.
 */
@Component
class StatusPushSender {

    private static final Logger log = LoggerFactory.getLogger(StatusPushSender.class);
    /** How long a claimed push is left to its sender before another may take it (a send cut off by a stop). */
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final MongoTemplate mongo;
    private final StatusPushes pushes;
    private final Clock clock;
    private final Duration poll;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private ScheduledExecutorService executor;

    @Autowired
    StatusPushSender(MongoTemplate mongo, StatusPushes pushes, Clock clock,
                     @Value("${pathways.gp-referrals.push-delivery.poll:PT2S}") Duration poll,
                     @Value("${pathways.gp-referrals.push-delivery.initial-backoff:PT10S}") Duration initialBackoff,
                     @Value("${pathways.gp-referrals.push-delivery.max-backoff:PT1H}") Duration maxBackoff,
                     @Value("${pathways.gp-referrals.push-delivery.max-attempts:8}") int maxAttempts) {
        this.mongo = mongo;
        this.pushes = pushes;
        this.clock = clock;
        this.poll = poll;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!pushes.anyConfigured()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gp-referral-status-push");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::deliverDueSafely, poll.toMillis(), poll.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void deliverDueSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("GP referral status pushes: a delivery round failed ({})", e.getClass().getSimpleName());
        }
    }

    /** Sends every push that is due now; answers how many were sent (delivered or not). */
    int deliverDue() {
        int sent = 0;
        PushedStatus due;
        while ((due = claimNextDue()) != null) {
            deliver(due);
            sent++;
        }
        return sent;
    }

    private PushedStatus claimNextDue() {
        Instant now = clock.instant();
        Query query = Query.query(Criteria.where("state").is(PushedStatus.State.PENDING)
                        .and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt"));
        return mongo.findAndModify(query, new Update().set("nextAttemptAt", now.plus(CLAIM)),
                FindAndModifyOptions.options().returnNew(true), PushedStatus.class, StatusPushes.COLLECTION);
    }

    private void deliver(PushedStatus push) {
        int attempt = push.attempts() + 1;
        Integer status = send(push);
        Instant now = clock.instant();
        Update update = new Update().set("attempts", attempt).set("lastHttpStatus", status);
        if (status != null && status >= 200 && status < 300) {
            update.set("state", PushedStatus.State.DELIVERED).set("deliveredAt", now);
        } else if (attempt >= maxAttempts) {
            update.set("state", PushedStatus.State.GAVE_UP);
            log.warn("GP referral status push given up after {} attempts: referral {}, practice {}", attempt,
                    push.referralId(), push.practiceOdsCode());
        } else {
            update.set("nextAttemptAt", now.plus(backoff(attempt)));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(push.id())), update, StatusPushes.COLLECTION);
    }

    /** After the n-th failed attempt: initial, doubled each time, at most the maximum. */
    Duration backoff(int failedAttempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(20, failedAttempts - 1));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The endpoint's HTTP status, or null when none came (no connection, timeout). */
    private Integer send(PushedStatus push) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(push.endpoint())).timeout(TIMEOUT)
                    .header("Content-Type", "application/fhir+json")
                    .header("X-Request-ID", push.id().replace(':', '-'))
                    .POST(HttpRequest.BodyPublishers.ofString(push.message())).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
