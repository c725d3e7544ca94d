package uk.wmpathways.infra.axon;

import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start-up after Axon has started (commands can be sent, events read) and before the web server
 * takes requests (nobody asks before it is done).
 */
public abstract class BeforeRequests implements SmartLifecycle {

    private volatile boolean running;

    /** The start-up work; an exception stops the application from starting. */
    protected abstract void atStartUp();

    @Override
    public final void start() {
        atStartUp();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 512;
    }
}
