package uk.wmpathways.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Administrators see and rebuild the read models over HTTP (reporting's ProjectionAdminController, against the
 * real projections, so here with the whole application).
 */
class ProjectionAdminApiTest extends EnrolmentApiTestSupport {

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
}
