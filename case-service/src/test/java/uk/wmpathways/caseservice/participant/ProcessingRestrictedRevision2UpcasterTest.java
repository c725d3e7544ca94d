package uk.wmpathways.caseservice.participant;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.infra.axon.AxonStorageAutoConfiguration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A restriction stored before the officer could restrict reads as what it was: consent withdrawn, by nobody. */
class ProcessingRestrictedRevision2UpcasterTest {

    private static final String REVISION_1 = """
            {"participantId": "p-1", "consentId": "c-1", "at": "2026-11-20T10:00:00Z"}
            """;

    @Test
    void aRevisionOneRestrictionIsTheWithdrawalOfConsent() {
        JacksonSerializer serializer = AxonStorageAutoConfiguration.jacksonSerializer();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Participant", "p-1", 4, "event-1",
                Instant.parse("2026-11-20T10:00:00Z"), ProcessingRestricted.class.getName(), "1",
                REVISION_1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation upcast = new ProcessingRestrictedRevision2Upcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        ProcessingRestricted event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.getData(JsonNode.class).getData(), JsonNode.class, upcast.getType()));
        assertThat(event).isEqualTo(new ProcessingRestricted("p-1", "c-1", Instant.parse("2026-11-20T10:00:00Z"),
                RestrictionGround.CONSENT_WITHDRAWN, null, null));
        assertThat(event.byTheOfficer()).isFalse();
    }

    @Test
    void aRevisionTwoRestrictionIsLeftAsItIs() {
        JacksonSerializer serializer = AxonStorageAutoConfiguration.jacksonSerializer();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Participant", "p-1", 4, "event-1",
                Instant.parse("2026-11-20T10:00:00Z"), ProcessingRestricted.class.getName(), "2",
                "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation upcast = new ProcessingRestrictedRevision2Upcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
    }
}
