package uk.wmpathways.caseservice.enrolment;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.wmpathways.infra.axon.AggregateCaches;

/**
 * An enrolment with a long history (years of contacts) is loaded from a snapshot plus the events after it; one
 * that a command used shortly before is taken from the cache ({@link uk.wmpathways.infra.axon.AggregateCache}).
 */
@Configuration
class EnrolmentLoading {

    @Bean
    SnapshotTriggerDefinition enrolmentSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${pathways.snapshots.enrolment-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    Cache enrolmentCache(AggregateCaches caches) {
        return caches.forType("enrolment");
    }
}
