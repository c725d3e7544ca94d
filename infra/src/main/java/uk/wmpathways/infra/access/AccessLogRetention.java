package uk.wmpathways.infra.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A minute after start-up, then once a day: removes access log entries older than the retention period, records that it
 * did (with the cut-off, so a removal by retention is told apart from a tampering), and writes the newest
 * entry's number and hash to the application log — no personal data, and a copy of the chain's head outside the
 * database, against which a rewritten chain would not match.
 */
class AccessLogRetention implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final AccessLog accessLog;
    private final Clock clock;
    private final Period retention;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "access-log-retention");
        thread.setDaemon(true);
        return thread;
    });

    AccessLogRetention(AccessLog accessLog, Clock clock, Period retention) {
        this.accessLog = accessLog;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public void afterSingletonsInstantiated() {
        daily.scheduleWithFixedDelay(this::runSafely, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Access log retention did not run: {}", e.getClass().getName());
        }
    }

    /** Removes what is past retention and anchors the head; answers how many entries were removed. */
    long run() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        long removed = accessLog.removeOlderThan(cutoff);
        if (removed > 0) {
            accessLog.recordSecurity("system:retention", AccessAction.RETENTION_REMOVAL, "system",
                    removed + " entries before " + cutoff + " removed (retention " + retention + ")");
        }
        accessLog.head().ifPresent(head -> log.info("Access log head: entry {} hash {}", head.sequence(),
                head.hash()));
        return removed;
    }

    @Override
    public void destroy() {
        daily.shutdownNow();
    }
}
