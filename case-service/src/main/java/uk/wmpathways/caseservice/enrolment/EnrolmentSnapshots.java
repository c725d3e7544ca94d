package uk.wmpathways.caseservice.enrolment;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An enrolment with a long history (years of contacts) is loaded from a snapshot plus the events after it. */
@Configuration
class EnrolmentSnapshots {

    @Bean
    SnapshotTriggerDefinition enrolmentSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${pathways.snapshots.enrolment-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
