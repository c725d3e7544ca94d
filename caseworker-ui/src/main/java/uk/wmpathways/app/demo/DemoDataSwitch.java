package uk.wmpathways.app.demo;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import uk.wmpathways.infra.mongo.NoMongoUriConfigured;

import java.util.concurrent.CompletableFuture;

/**
 * {@code pathways.demo-data=true}: loads the demo data set once, in the background, after the application has
 * started (it answers requests meanwhile). Never on a real MongoDB (a {@code spring.data.mongodb.uri} or
 * {@code MONGODB_URI} is set) unless {@code pathways.demo-data.allow-on-real-mongodb=true} says so too.
 */
@Component
@ConditionalOnProperty(name = DemoDataSwitch.PROPERTY, havingValue = "true")
public class DemoDataSwitch {

    public static final String PROPERTY = "pathways.demo-data";
    public static final String ALLOW_ON_REAL_MONGODB = "pathways.demo-data.allow-on-real-mongodb";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSwitch.class);

    private final DemoDataLoader loader;
    private final Environment environment;
    private final CompletableFuture<DemoDataLoader.LoadReport> loaded = new CompletableFuture<>();
    private volatile Thread loading;

    DemoDataSwitch(DemoDataLoader loader, Environment environment) {
        this.loader = loader;
        this.environment = environment;
    }

    /** Completes when the load has finished (or failed, or was refused: then exceptionally). */
    public CompletableFuture<DemoDataLoader.LoadReport> loaded() {
        return loaded;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startLoading() {
        boolean realMongoDb = StringUtils.hasText(environment.getProperty(NoMongoUriConfigured.URI_PROPERTY));
        if (realMongoDb && !environment.getProperty(ALLOW_ON_REAL_MONGODB, Boolean.class, false)) {
            log.warn("{}=true is ignored: the application uses a real MongoDB; demo data is loaded there only "
                    + "when {}=true is set too", PROPERTY, ALLOW_ON_REAL_MONGODB);
            loaded.completeExceptionally(new IllegalStateException("Demo data is not loaded into a real MongoDB"));
            return;
        }
        if (realMongoDb) {
            log.warn("Loading the demo data set into a real MongoDB, as {}=true asks: fictitious people will be "
                    + "mixed with whatever that database holds", ALLOW_ON_REAL_MONGODB);
        }
        loading = new Thread(this::load, "demo-data");
        loading.setDaemon(true);
        loading.start();
    }

    private void load() {
        try {
            loaded.complete(loader.loadOnce());
        } catch (RuntimeException failed) {
            // Messages may quote input: the step and the kind of refusal only.
            log.error("Demo data: the load stopped: {}", failed instanceof DemoDataLoader.DemoDataLoadException stopped
                    ? stopped.safeSummary() : failed.getClass().getName());
            loaded.completeExceptionally(failed);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Thread thread = loading;
        if (thread != null && thread.isAlive()) {
            log.info("Demo data: stopping the load (the application is stopping); it goes on at the next start");
            thread.interrupt();
            thread.join(10_000);
        }
    }
}
