package uk.wmpathways.caseservice.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import uk.wmpathways.caseservice.api.retention.RetentionRunAlreadyRunningException;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the retention job once a day at {@code pathways.retention.run-at} (UK time, so 02:00 stays 02:00 across the
 * clock changes), never at start-up: a restart, a test or the demo does not erase anything by surprise. Each day's
 * run has the id {@code scheduled-<date>}, so of several instances only the first to record it runs it.
 */
class DailyRetention implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DailyRetention.class);

    private final RetentionJob job;
    private final Clock clock;
    private final LocalTime runAt;
    private final boolean enabled;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retention-daily");
        thread.setDaemon(true);
        return thread;
    });

    DailyRetention(RetentionJob job, Clock clock, LocalTime runAt, boolean enabled) {
        this.job = job;
        this.clock = clock;
        this.runAt = runAt;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            scheduleNext();
        } else {
            log.info("Retention: the daily run is switched off (pathways.retention.enabled=false)");
        }
    }

    boolean enabled() {
        return enabled;
    }

    LocalTime runAt() {
        return runAt;
    }

    /** The next time of day {@code runAt} in the UK strictly after {@code now}. */
    static ZonedDateTime nextRun(ZonedDateTime now, LocalTime runAt) {
        ZonedDateTime ukNow = now.withZoneSameInstant(UkTime.ZONE);
        ZonedDateTime today = ukNow.toLocalDate().atTime(runAt).atZone(UkTime.ZONE);
        return today.isAfter(ukNow) ? today : ukNow.toLocalDate().plusDays(1).atTime(runAt).atZone(UkTime.ZONE);
    }

    ZonedDateTime nextRun() {
        return nextRun(ZonedDateTime.now(clock), runAt);
    }

    private void scheduleNext() {
        long delay = Math.max(0, Duration.between(clock.instant(), nextRun().toInstant()).toMillis());
        timer.schedule(this::runThenScheduleNext, delay, TimeUnit.MILLISECONDS);
    }

    private void runThenScheduleNext() {
        try {
            job.start("scheduled-" + job.today(), RetentionJob.SYSTEM);
        } catch (RetentionRunAlreadyRunningException e) {
            log.info("Retention: the daily run did not start, a run is under way already");
        } catch (RuntimeException e) {
            log.warn("Retention: the daily run did not start: {}", e.getClass().getName());
        } finally {
            scheduleNext();
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
