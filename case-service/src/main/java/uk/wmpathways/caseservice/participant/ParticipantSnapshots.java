package uk.wmpathways.caseservice.participant;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A participant with a long history is loaded from a snapshot plus the events after it. */
@Configuration
class ParticipantSnapshots {

    @Bean
    SnapshotTriggerDefinition participantSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${pathways.snapshots.participant-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
