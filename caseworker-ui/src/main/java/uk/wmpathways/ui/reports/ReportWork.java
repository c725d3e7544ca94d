package uk.wmpathways.ui.reports;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import uk.wmpathways.ui.access.AsSignedIn;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that prepare reports and exports for the dashboard, so that a page's UI thread never waits for a
 * report: two at a time at most, whatever the number of managers asking (the rest queue).
 */
@Component
public class ReportWork {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, threadFactory());

    /** Runs {@code task} as the person who asked for it, so that the report knows who asked. */
    public void submit(Runnable task) {
        executor.execute(AsSignedIn.wrap(task));
    }

    private ThreadFactory threadFactory() {
        return runnable -> {
            Thread thread = new Thread(runnable, "report-work-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
