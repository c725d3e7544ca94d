package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.Sex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParticipantApiTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private Api as(String username) {
        return new Api(port, username);
    }

    /** A fresh valid NHS number for each call, so tests never collide on the uniqueness rule. */
    static String freshNhsNumber() {
        Random random = new Random();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    static String registration(String givenName, String familyName, String dateOfBirth, String nhsNumber,
                               String localAuthority) {
        return """
                {"givenName": %s, "familyName": %s, "dateOfBirth": %s, "nhsNumber": %s, "localAuthority": %s}"""
                .formatted(quoted(givenName), quoted(familyName), quoted(dateOfBirth), quoted(nhsNumber),
                        quoted(localAuthority));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void registersAParticipantAndFindsThemByIdAndBySearch() {
        String nhs = freshNhsNumber();
        Api.Response created = as("caseworker").post("/api/participants",
                registration(" Quinn ", "Apitest", "1979-03-14", nhs, "COVENTRY"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("participantId").asText();
        assertThat(created.location()).isEqualTo("http://localhost:" + port + "/api/participants/" + id);

        await().atMost(Duration.ofSeconds(10)).until(() -> as("caseworker").get("/api/participants/" + id).status() == 200);
        JsonNode participant = as("caseworker").get("/api/participants/" + id).body();
        assertThat(participant.get("givenName").asText()).isEqualTo("Quinn");
        assertThat(participant.get("dateOfBirth").asText()).isEqualTo("1979-03-14");
        assertThat(participant.get("localAuthority").asText()).isEqualTo("COVENTRY");
        assertThat(participant.get("registeredBy").asText()).isEqualTo("caseworker");

        JsonNode page = as("admin").get("/api/participants?q=apitest&localAuthority=coventry&size=5").body();
        assertThat(page.get("items").findValuesAsText("participantId")).contains(id);
        JsonNode byNhs = as("caseworker").get("/api/participants?q=" + nhs).body();
        assertThat(byNhs.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void recordsTheEqualityMonitoringCodesGivenInAnyCase() {
        Api.Response created = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Equalitytest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "ethnicity", "black", "sex", "Male", "disability", "PREFER_NOT_TO_SAY"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ParticipantRegistered registered = (ParticipantRegistered) eventStore
                .readEvents(created.body().get("participantId").asText()).next().getPayload();
        assertThat(registered.equality())
                .isEqualTo(new EqualityDetails(EthnicGroup.BLACK, Sex.MALE, Disability.PREFER_NOT_TO_SAY));

        Api.Response withoutDetails = as("caseworker").post("/api/participants",
                registration("Ellis", "Equalitytest", "1985-09-09", null, "SANDWELL"));
        ParticipantRegistered notAsked = (ParticipantRegistered) eventStore
                .readEvents(withoutDetails.body().get("participantId").asText()).next().getPayload();
        assertThat(notAsked.equality()).as("none given: not asked").isNull();
    }

    @Test
    void refusesAnUnknownEqualityCodeListingTheCodesAllowed() {
        Api.Response refused = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Equalitytest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "ethnicity", "martian", "disability", "maybe"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("ethnicity", "disability");
        assertThat(refused.body().get("detail").asText())
                .contains("Unknown ethnic group: use one of ASIAN, BLACK, MIXED, WHITE, OTHER, PREFER_NOT_TO_SAY")
                .contains("Unknown disability: use one of YES, NO, PREFER_NOT_TO_SAY")
                .doesNotContain("martian");
    }

    @Test
    void rejectsInvalidDetailsWithAMessagePerFieldAndRecordsNothing() {
        Api.Response response = as("caseworker").post("/api/participants",
                registration("  ", "Invalidtest", "2019-01-01", "943 476 5918", "Atlantis"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(fields(response.body())).containsExactlyInAnyOrder("givenName", "dateOfBirth", "nhsNumber", "localAuthority");
        assertThat(response.body().toString()).contains("NHS number is not valid: its check digit does not match")
                .doesNotContain("Exception").doesNotContain("at uk.");
        assertThat(as("caseworker").get("/api/participants?q=invalidtest").body().get("total").asInt()).isZero();
    }

    @Test
    void rejectsADateInTheWrongFormatAndABodyThatIsNotJson() {
        Api.Response badDate = as("caseworker").post("/api/participants",
                registration("Quinn", "Datetest", "14/03/1979", null, "DUDLEY"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(badDate.body())).containsExactly("dateOfBirth");

        Api.Response notJson = as("caseworker").post("/api/participants", "this is not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void refusesASecondRegistrationWithTheSameNhsNumber() {
        String nhs = freshNhsNumber();
        Api.Response first = as("caseworker").post("/api/participants", registration("Quinn", "Twice", "1979-03-14", nhs, "DUDLEY"));
        Api.Response second = as("caseworker").post("/api/participants",
                registration("Quin", "Twice", "1979-03-14", nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6), "DUDLEY"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith(PROBLEM_JSON);
        assertThat(second.body().get("existingParticipantId").asText()).isEqualTo(first.body().get("participantId").asText());
    }

    @Test
    void answers404ProblemForAnUnknownParticipant() {
        Api.Response response = as("caseworker").get("/api/participants/no-such-id");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void answers401WithoutCredentialsOrWithAWrongPassword() {
        Api.Response anonymous = as(null).get("/api/participants");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM_JSON);

        Api.Response unknownUser = as("nobody").get("/api/participants");
        assertThat(unknownUser.status()).isEqualTo(401);
    }

    @Test
    void answers403ToRolesThatMayNotSeeParticipants() {
        for (String user : List.of("manager", "gp")) {
            Api.Response list = as(user).get("/api/participants");
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.contentType()).startsWith(PROBLEM_JSON);
            Api.Response register = as(user).post("/api/participants",
                    registration("Quinn", "Forbidden", "1979-03-14", null, "DUDLEY"));
            assertThat(register.status()).as(user).isEqualTo(403);
        }
        assertThat(as("admin").post("/api/participants",
                registration("Quinn", "Forbidden", "1979-03-14", null, "DUDLEY")).status())
                .as("administrators manage the system; caseworkers register participants").isEqualTo(403);
    }

    @Test
    void rejectsAPageSizeOutOfRange() {
        Api.Response response = as("caseworker").get("/api/participants?size=1000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("size");
        assertThat(as("caseworker").get("/api/participants?page=abc").status()).isEqualTo(400);
    }

    @Test
    void servesTheOpenApiDescription() {
        Api.Response response = as(null).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("paths").has("/api/participants")).isTrue();
    }

    @Test
    void replacesContactDetails() {
        String id = as("caseworker").post("/api/participants",
                registration("Quinn", "Contacttest", "1979-03-14", null, "SOLIHULL")).body().get("participantId").asText();

        Api.Response changed = as("caseworker").put("/api/participants/" + id + "/contact-details",
                "{\"phone\": \"0121 496 0999\", \"email\": \"quinn@example.org\"}");
        assertThat(changed.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode participant = as("caseworker").get("/api/participants/" + id).body();
            return participant != null && participant.has("email") && "quinn@example.org".equals(participant.get("email").asText());
        });

        Api.Response invalid = as("caseworker").put("/api/participants/" + id + "/contact-details", "{\"email\": \"nope@\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.body())).containsExactly("email");
        Api.Response unknown = as("caseworker").put("/api/participants/no-such-id/contact-details", "{\"phone\": null}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(as("manager").put("/api/participants/" + id + "/contact-details", "{}").status()).isEqualTo(403);
    }

    @Test
    void administratorsSeeAndRebuildProjections() {
        Api.Response projections = as("admin").get("/api/admin/projections");
        assertThat(projections.status()).isEqualTo(200);
        assertThat(projections.body().findValuesAsText("projection")).contains("participants");
        assertThat(as("caseworker").get("/api/admin/projections").status()).isEqualTo(403);

        Api.Response unknown = as("admin").post("/api/admin/projections/no-such-projection/rebuild");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);

        Api.Response started = as("admin").post("/api/admin/projections/participants/rebuild");
        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "IDLE".equals(as("admin").get("/api/admin/projections/participants").body().get("state").asText()));
        assertThat(as("admin").get("/api/admin/projections/participants").body().get("progress").asDouble()).isEqualTo(1.0);
    }
}
