package uk.wmpathways.reporting.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantRegistered;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A read model built live and the same read model rebuilt from the events are identical. */
@SpringBootTest
class ProjectionRebuildTest {

    private static final String PROJECTION = "participants";

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    MeterRegistry meters;

    @Test
    void aRebuiltReadModelIsIdenticalToTheOneItReplaces() {
        int participants = 60;
        String familyName = "Rebuild" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        for (int i = 0; i < participants; i++) {
            String id = "rebuild-" + UUID.randomUUID();
            LocalAuthority area = LocalAuthority.values()[i % LocalAuthority.values().length];
            eventStore.publish(new GenericDomainEventMessage<>("Participant", id, 0, new ParticipantRegistered(id,
                    "Given" + i, familyName, LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), null, area,
                    null, null, "caseworker", Instant.parse("2026-10-01T09:00:00Z").plusSeconds(i))));
            if (i % 3 == 0) {
                eventStore.publish(new GenericDomainEventMessage<>("Participant", id, 1,
                        new ParticipantContactDetailsChanged(id, "0121 496 " + (1000 + i), i % 2 == 0 ? null : "p" + i + "@example.org",
                                "caseworker", Instant.parse("2026-10-02T09:00:00Z"))));
            }
        }
        String liveBefore = collections.live(PROJECTION);
        // Wait until the live projection has applied every one of this test's events (other tests' are in too).
        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.getCollection(liveBefore).countDocuments(new Document("familyName", familyName)) == participants
                && mongo.getCollection(liveBefore).countDocuments(new Document("familyName", familyName)
                        .append("lastSequence", 1L)) == participants / 3);
        List<Document> built = documents(liveBefore);

        ProjectionRebuilds.Status started = rebuilds.start(PROJECTION);
        assertThat(started.state()).isEqualTo(ProjectionRebuilds.State.REBUILDING);
        assertThatThrownBy(() -> rebuilds.start(PROJECTION)).isInstanceOf(ProjectionRebuilds.RebuildRunningException.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuilds.status(PROJECTION).state() == ProjectionRebuilds.State.IDLE);

        String liveAfter = collections.live(PROJECTION);
        assertThat(liveAfter).isNotEqualTo(liveBefore);
        assertThat(collections.previous(PROJECTION)).isEqualTo(liveBefore);
        assertThat(documents(liveAfter)).isEqualTo(built);
        assertThat(rebuilds.status(PROJECTION).finishedAt()).isNotNull();
        assertThat(meters.get("pathways.projection.rebuild.progress").tag("projection", PROJECTION).gauge().value())
                .isEqualTo(1.0);
    }

    @Test
    void anUnknownProjectionCannotBeRebuilt() {
        assertThatThrownBy(() -> rebuilds.start("no-such-projection"))
                .isInstanceOf(ProjectionRebuilds.UnknownProjectionException.class);
    }

    private List<Document> documents(String collection) {
        List<Document> documents = mongo.getCollection(collection).find().into(new java.util.ArrayList<>());
        documents.sort(Comparator.comparing(document -> document.getString("_id")));
        return documents;
    }
}
