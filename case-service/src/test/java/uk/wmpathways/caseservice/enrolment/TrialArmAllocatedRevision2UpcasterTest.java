package uk.wmpathways.caseservice.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A trial arm allocation stored before arms were reused reads as the draw it was. */
class TrialArmAllocatedRevision2UpcasterTest {

    private static final String REVISION_1 = """
            {"enrolmentId": "e-1", "arm": "CONTROL", "drawn": 9000, "drawRange": 10000, "treatmentBelow": 5000,
             "allocatedOn": "2025-01-10", "requestId": null, "recordedBy": "u", "recordedAt": "2025-01-10T10:00:00Z"}
            """;

    @Test
    void aRevisionOneAllocationIsADrawReusingNothing() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Enrolment", "e-1", 2, "event-1",
                Instant.parse("2025-01-10T10:00:00Z"), TrialArmAllocated.class.getName(), "1",
                REVISION_1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation upcast = new TrialArmAllocatedRevision2Upcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        TrialArmAllocated event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.getData(JsonNode.class).getData(), JsonNode.class, upcast.getType()));
        assertThat(event).isEqualTo(new TrialArmAllocated("e-1", TrialArm.CONTROL, 9000, 10000, 5000,
                LocalDate.of(2025, 1, 10), null, "u", Instant.parse("2025-01-10T10:00:00Z")));
        assertThat(event.wasReused()).isFalse();
    }
}
