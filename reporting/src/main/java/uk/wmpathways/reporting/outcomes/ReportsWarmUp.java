package uk.wmpathways.reporting.outcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a start, decodes the outcome read model's versions once in the background, so that a manager's first
 * dashboard does not pay for it (issue 15: 0.3–0.4 s at the demo's size, 3.3 s at ten times it, against 20–40 ms
 * once kept). Off with {@code pathways.reports.warm-up=false}.
 */
@Component
class ReportsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportsWarmUp.class);

    private final OutcomeReads reads;
    private final boolean enabled;

    ReportsWarmUp(OutcomeReads reads, @Value("${pathways.reports.warm-up:true}") boolean enabled) {
        this.reads = reads;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::keepAllDecoded, "reports-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void keepAllDecoded() {
        long start = System.nanoTime();
        try {
            boolean all = reads.keepAllDecoded();
            log.info("Reports warmed up in {} ms{}", (System.nanoTime() - start) / 1_000_000,
                    all ? "" : " (drawdowns only: more enrolment versions than are kept)");
        } catch (RuntimeException e) {
            // Only the class: a store's message may quote what it was reading.
            log.info("Reports not warmed up: {}", e.getClass().getSimpleName());
        }
    }
}
