package uk.wmpathways.infra.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code pathways.event-store.*}: see {@link MongoEventStoreSettings}. {@code transactionalAppends} is
 * decided from the server when not set: on when MongoDB runs as a replica set.
 */
@ConfigurationProperties(prefix = "pathways.event-store")
public record EventStoreProperties(Integer batchSize, Duration gapTimeout, Boolean transactionalAppends) {
}
