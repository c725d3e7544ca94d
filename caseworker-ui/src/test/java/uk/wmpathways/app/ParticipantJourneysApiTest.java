package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant registered or changed over HTTP, then found through the participant read model. What the
 * registration itself answers and records is tested in case-service's ParticipantApiTest.
 */
class ParticipantJourneysApiTest extends EnrolmentApiTestSupport {

    @Test
    void aRegisteredParticipantIsFoundByIdAndBySearch() {
        String nhs = ParticipantRequests.freshNhsNumber();
        Api.Response created = as("caseworker").post("/api/participants",
                ParticipantRequests.registration(" Quinn ", "Apitest", "1979-03-14", nhs, "COVENTRY"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("participantId").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> as("caseworker").get("/api/participants/" + id).status() == 200);
        JsonNode participant = as("caseworker").get("/api/participants/" + id).body();
        assertThat(participant.get("givenName").asText()).isEqualTo("Quinn");
        assertThat(participant.get("dateOfBirth").asText()).isEqualTo("1979-03-14");
        assertThat(participant.get("localAuthority").asText()).isEqualTo("COVENTRY");
        assertThat(participant.get("registeredBy").asText()).isEqualTo("caseworker");

        assertThat(as("admin").get("/api/participants?q=apitest").status()).as("an administrator reads no case content")
                .isEqualTo(403);
        JsonNode page = as("caseworker").get("/api/participants?q=apitest&localAuthority=coventry&size=5").body();
        assertThat(page.get("items").findValuesAsText("participantId")).contains(id);
        JsonNode byNhs = as("caseworker").get("/api/participants?q=" + nhs).body();
        assertThat(byNhs.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void changedContactDetailsShowOnTheParticipant() {
        String id = as("caseworker").post("/api/participants", ParticipantRequests.registration("Quinn",
                "Contacttest", "1979-03-14", null, "SOLIHULL")).body().get("participantId").asText();

        Api.Response changed = as("caseworker").put("/api/participants/" + id + "/contact-details",
                "{\"phone\": \"0121 496 0999\", \"email\": \"quinn@example.org\"}");
        assertThat(changed.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode participant = as("caseworker").get("/api/participants/" + id).body();
            return participant != null && participant.has("email") && "quinn@example.org".equals(participant.get("email").asText());
        });
    }
}
