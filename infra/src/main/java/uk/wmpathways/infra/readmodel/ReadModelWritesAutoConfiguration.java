package uk.wmpathways.infra.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every event processor's batches stage their read-model writes ({@link BatchedWrites}), whichever module the
 * projection lives in. {@code pathways.projections.staged-writes=false} writes every change at once instead (the
 * path before issue 15, kept for the replay benchmark's comparison).
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
public class ReadModelWritesAutoConfiguration {

    @Bean
    ConfigurerModule batchedReadModelWrites(MongoTemplate mongo,
                                            @Value("${pathways.projections.staged-writes:true}") boolean staged) {
        return configurer -> {
            if (staged) {
                configurer.eventProcessing().registerDefaultHandlerInterceptor(
                        (configuration, processor) -> new BatchedWritesInterceptor(mongo));
            }
        };
    }
}
