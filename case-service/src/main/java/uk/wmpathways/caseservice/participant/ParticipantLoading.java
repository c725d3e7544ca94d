package uk.wmpathways.caseservice.participant;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.wmpathways.infra.axon.AggregateCaches;

/**
 * A participant with a long history is loaded from a snapshot plus the events after it; one that a command used
 * shortly before is taken from the cache ({@link uk.wmpathways.infra.axon.AggregateCache}).
 */
@Configuration
class ParticipantLoading {

    @Bean
    SnapshotTriggerDefinition participantSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${pathways.snapshots.participant-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    Cache participantCache(AggregateCaches caches) {
        return caches.forType("participant");
    }
}
