package uk.wmpathways.infra.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits the processing groups named in {@code pathways.processing.segments} into segments: each such tracking
 * processor gets that many segments (a processor whose tokens exist already is split into them by
 * {@link SegmentShares}) and a thread for each, its events are spread over the segments by aggregate
 * (Axon's sequential-per-aggregate policy, named here so that a change of Axon's default cannot change it), and
 * {@link SegmentShares} shares the segments among the instances running it. A group may be named only if it is
 * marked {@link SplittablePerAggregate}; the application does not start otherwise, rather than run a projection
 * in an order it was not written for.
 */
@AutoConfiguration(after = AxonStorageAutoConfiguration.class)
@EnableConfigurationProperties(SegmentedProcessingProperties.class)
public class SegmentedProcessing {

    @Bean
    ConfigurerModule segmentedProcessingGroups(SegmentedProcessingProperties properties,
                                               ConfigurableListableBeanFactory beans, ObjectProvider<TokenStore> tokens) {
        Map<String, Integer> split = properties.split();
        Set<String> splittable = splittableGroups(beans);
        split.keySet().stream().filter(group -> !splittable.contains(group)).findFirst().ifPresent(group -> {
            throw new IllegalStateException("pathways.processing.segments." + group + ": no processing group of "
                    + "that name is marked @SplittablePerAggregate, so it runs in one segment. Splittable: "
                    + splittable);
        });
        // Every splittable group, named or not: one split before and named no longer keeps a thread per segment.
        return configurer -> splittable.forEach(group -> configurer.eventProcessing()
                .registerTrackingEventProcessorConfiguration(group, configuration ->
                        AxonStorageAutoConfiguration.trackingProcessor(split.getOrDefault(group, 1),
                                tokens.getObject().fetchSegments(group).length))
                .registerSequencingPolicy(group, configuration -> SequentialPerAggregatePolicy.instance()));
    }

    @Bean
    SegmentShares segmentShares(SegmentedProcessingProperties properties,
                                ObjectProvider<EventProcessingConfiguration> processing, TokenStore tokens,
                                MongoDatabaseFactory databases, ProcessingNode node,
                                ObjectProvider<MeterRegistry> meters) {
        return new SegmentShares(properties.split(), processing::getObject, tokens,
                databases.getMongoDatabase().getCollection(SegmentShares.INSTANCES), node,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    private static Set<String> splittableGroups(ConfigurableListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(SplittablePerAggregate.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null && beans.findAnnotationOnBean(name, Subscribing.class) == null) {
                groups.add(group.value());
            }
        }
        return groups;
    }
}
