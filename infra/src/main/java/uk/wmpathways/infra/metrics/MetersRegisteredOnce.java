package uk.wmpathways.infra.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Axon's registry of component monitors, giving every component {@link KeptMessageMeters} where Axon's dimensional
 * set-up ({@code axon.metrics.micrometer.dimensional=true}, our default) gives monitors that register their meters
 * again on every message: 12% of the CPU of the demo data's load went there. The meters, their names and tags are
 * the same. With dimensional metrics off, Axon's own monitors are used as before.
 */
public class MetersRegisteredOnce extends GlobalMetricRegistry {

    public MetersRegisteredOnce(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType,
                                                                                 String componentName) {
        MeterRegistry registry = getRegistry();
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return KeptMessageMeters.eventProcessor(componentName, registry);
        }
        if (CommandBus.class.isAssignableFrom(componentType) || QueryBus.class.isAssignableFrom(componentType)
                || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return KeptMessageMeters.handlingBus(componentName, registry);
        }
        if (EventBus.class.isAssignableFrom(componentType)) {
            return KeptMessageMeters.eventBus(componentName, registry);
        }
        return super.registerComponentWithDefaultTags(componentType, componentName);
    }
}
