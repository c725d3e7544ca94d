package uk.wmpathways.caseservice.enrolment;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreWrittenRecordsTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventStoreWrittenRecords written = new EventStoreWrittenRecords(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void aRecordIsWrittenWhenTheStoreHoldsAStreamOfItsTypeUnderTheId() {
        eventStore.publish(new GenericDomainEventMessage<>("Participant", "p-1", 0, "registered"),
                new GenericDomainEventMessage<>("Enrolment", "e-1", 0, "started"));

        assertThat(written.participantWritten("p-1")).isTrue();
        assertThat(written.enrolmentWritten("e-1")).isTrue();
    }

    @Test
    void anotherTypeUnderTheIdOrNoStreamIsNotWritten() {
        eventStore.publish(new GenericDomainEventMessage<>("Enrolment", "e-1", 0, "started"));

        assertThat(written.participantWritten("e-1")).as("an enrolment is not a participant").isFalse();
        assertThat(written.enrolmentWritten("e-2")).isFalse();
        assertThat(written.enrolmentWritten("")).isFalse();
        assertThat(written.participantWritten(null)).isFalse();
    }
}
