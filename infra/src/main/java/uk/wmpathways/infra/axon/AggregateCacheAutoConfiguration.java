package uk.wmpathways.infra.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

/** Each aggregate type's cache ({@link AggregateCaches}); an aggregate names its own with {@code @Aggregate(cache)}. */
@AutoConfiguration(after = AxonStorageAutoConfiguration.class)
@EnableConfigurationProperties(AggregateCacheProperties.class)
public class AggregateCacheAutoConfiguration {

    @Bean
    AggregateCaches aggregateCaches(AggregateCacheProperties properties,
                                    GlobalSequenceMongoEventStorageEngine engine,
                                    ObjectProvider<EmbeddedMongoServer> embedded,
                                    ObjectProvider<MeterRegistry> meters) {
        boolean checkStore = properties.checkStore() != null ? properties.checkStore()
                : embedded.getIfAvailable() == null;
        return new AggregateCaches(properties,
                checkStore ? (aggregate, version) -> engine.isStored(aggregate, version + 1) : null,
                meters.getIfAvailable());
    }
}
