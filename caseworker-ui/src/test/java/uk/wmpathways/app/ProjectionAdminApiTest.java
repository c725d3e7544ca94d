package uk.wmpathways.app;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Administrators see and rebuild the read models over HTTP (reporting's ProjectionAdminController, against the
 * real projections, so here with the whole application).
 */
class ProjectionAdminApiTest extends EnrolmentApiTestSupport {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoTemplate axonMongoTemplate;
    @Autowired
    Serializer serializer;

    @Test
    void administratorsSeeTheProjections() {
        Api.Response projections = as("admin").get("/api/admin/projections");
        assertThat(projections.status()).isEqualTo(200);
        assertThat(projections.body().findValuesAsText("projection")).contains("participants");
    }

    @Test
    void caseworkersMayNotSeeTheProjections() {
        assertThat(as("caseworker").get("/api/admin/projections").status()).isEqualTo(403);
    }

    @Test
    void rebuildingAnUnknownProjectionIs404() {
        Api.Response unknown = as("admin").post("/api/admin/projections/no-such-projection/rebuild");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void administratorsRebuildAProjectionToTheEnd() {
        Api.Response started = as("admin").post("/api/admin/projections/participants/rebuild");
        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "IDLE".equals(as("admin").get("/api/admin/projections/participants").body().get("state").asText()));
        assertThat(as("admin").get("/api/admin/projections/participants").body().get("progress").asDouble()).isEqualTo(1.0);
    }

    @Test
    void rebuildingWhileAnotherInstanceProcessesTheProjectionIs409AndChangesNothing() {
        String projection = "funding-drawdowns";
        StreamingEventProcessor processor = processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown(); // this instance lets go of its segment, which another instance then claims
        TokenStore anotherInstance = MongoTokenStore.builder().mongoTemplate(axonMongoTemplate)
                .serializer(serializer).nodeId("another-instance").build();
        anotherInstance.fetchToken(projection, 0);
        try {
            Api.Response refused = as("admin").post("/api/admin/projections/" + projection + "/rebuild");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
            assertThat(refused.body().get("detail").asText())
                    .isEqualTo("Another instance is processing this projection: stop the projection's processor "
                            + "there, then rebuild it here");
            assertThat(as("admin").get("/api/admin/projections/" + projection).body().get("state").asText())
                    .isEqualTo("IDLE");
        } finally {
            anotherInstance.releaseClaim(projection, 0);
            processor.start();
        }
    }
}
