package uk.wmpathways.caseservice.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.Sex;

import java.util.List;
import java.util.Map;

import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering participants and changing their contact details over HTTP. Finding them afterwards is answered by
 * the read models, so caseworker-ui's ParticipantJourneysApiTest tests it end to end.
 */
class ParticipantApiTest extends ApiTestSupport {

    private ParticipantRegistered registered(Api.Response created) {
        return (ParticipantRegistered) eventsOf(created.body().get("participantId").asText()).get(0);
    }

    @Test
    void registersAParticipantAnsweringWhereItIs() {
        String nhs = freshNhsNumber();
        Api.Response created = as("caseworker").post("/api/participants",
                registration(" Quinn ", "Apitest", "1979-03-14", nhs, "COVENTRY"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("participantId").asText();
        assertThat(created.location()).isEqualTo("http://localhost:" + port + "/api/participants/" + id);
        ParticipantRegistered registered = registered(created);
        assertThat(registered.givenName()).isEqualTo("Quinn");
        assertThat(registered.dateOfBirth()).hasToString("1979-03-14");
        assertThat(registered.localAuthority()).hasToString("COVENTRY");
        assertThat(registered.nhsNumber()).isEqualTo(nhs);
        assertThat(registered.registeredBy()).isEqualTo("caseworker");
        assertThat(registered.registeringOrganisation()).as("the signed-in caseworker's, from their account")
                .isEqualTo("DEMO-SUPPORT");
    }

    @Test
    void recordsTheEqualityMonitoringCodesGivenInAnyCase() {
        Api.Response created = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Equalitytest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "ethnicity", "black", "sex", "Male", "disability", "PREFER_NOT_TO_SAY", "lawfulBasis", "public_task",
                "specialCategoryCondition", "SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(registered(created).equality())
                .isEqualTo(new EqualityDetails(EthnicGroup.BLACK, Sex.MALE, Disability.PREFER_NOT_TO_SAY));
    }

    @Test
    void recordsNoEqualityDetailsWhenNoneAreGiven() {
        Api.Response withoutDetails = as("caseworker").post("/api/participants",
                registration("Ellis", "Equalitytest", "1985-09-09", null, "SANDWELL"));

        assertThat(withoutDetails.status()).as(withoutDetails.toString()).isEqualTo(201);
        assertThat(registered(withoutDetails).equality()).as("none given: not asked").isNull();
    }

    @Test
    void refusesAnUnknownEqualityCodeListingTheCodesAllowed() {
        Api.Response refused = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Equalitytest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "ethnicity", "martian", "disability", "maybe", "lawfulBasis", "PUBLIC_TASK"));

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
        assertThat(allEvents()).filteredOn(ParticipantRegistered.class::isInstance)
                .extracting(event -> ((ParticipantRegistered) event).familyName()).doesNotContain("Invalidtest");
    }

    @Test
    void rejectsADateInTheWrongFormatForItsField() {
        Api.Response badDate = as("caseworker").post("/api/participants",
                registration("Quinn", "Datetest", "14/03/1979", null, "DUDLEY"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(badDate.body())).containsExactly("dateOfBirth");
    }

    @Test
    void refusesARegistrationWithoutALawfulBasisAndRecordsNothing() {
        Api.Response refused = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Nobasistest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "ethnicity", "WHITE"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("lawfulBasis", "specialCategoryCondition");
        Api.Response consentWithoutDay = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Nobasistest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "lawfulBasis", "CONSENT"));
        assertThat(fields(consentWithoutDay.body())).containsExactly("consentGivenOn");
        assertThat(allEvents()).filteredOn(ParticipantRegistered.class::isInstance)
                .extracting(event -> ((ParticipantRegistered) event).familyName()).doesNotContain("Nobasistest");
    }

    @Test
    void registrationUnderConsentRecordsTheBasisAndTheConsent() {
        Api.Response created = as("caseworker").post("/api/participants", Map.of("givenName", "Ellis",
                "familyName", "Consentbasistest", "dateOfBirth", "1985-09-09", "localAuthority", "SANDWELL",
                "lawfulBasis", "CONSENT", "consentGivenOn", TODAY.toString()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<Object> events = eventsOf(created.body().get("participantId").asText());
        assertThat(events).hasSize(3);
        assertThat(events.get(1)).isInstanceOfSatisfying(LawfulBasisRecorded.class,
                recorded -> assertThat(recorded.basis()).isEqualTo(LawfulBasis.CONSENT));
        assertThat(events.get(2)).isInstanceOfSatisfying(ConsentRecorded.class, consent -> {
            assertThat(consent.scope()).isEqualTo(ConsentScope.PROCESSING);
            assertThat(consent.recordedBy()).isEqualTo("caseworker");
            assertThat(consent.givenOn()).isEqualTo(TODAY);
        });
    }

    @Test
    void rejectsABodyThatIsNotJson() {
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
    void answers401ProblemWithoutCredentials() {
        Api.Response anonymous = as(null).get("/api/participants");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void answers401ToAnUnknownUser() {
        Api.Response unknownUser = as("nobody").get("/api/participants");
        assertThat(unknownUser.status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "gp"})
    void answers403ToRolesThatMayNotListParticipants(String user) {
        Api.Response list = as(user).get("/api/participants");
        assertThat(list.status()).as(user).isEqualTo(403);
        assertThat(list.contentType()).startsWith(PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "gp"})
    void answers403ToRolesThatMayNotRegisterParticipants(String user) {
        Api.Response register = as(user).post("/api/participants",
                registration("Quinn", "Forbidden", "1979-03-14", null, "DUDLEY"));
        assertThat(register.status()).as(user).isEqualTo(403);
    }

    @Test
    void answers403ToAnAdministratorRegisteringAParticipant() {
        assertThat(as("admin").post("/api/participants",
                registration("Quinn", "Forbidden", "1979-03-14", null, "DUDLEY")).status())
                .as("administrators manage the system; caseworkers register participants").isEqualTo(403);
    }

    @Test
    void rejectsAPageSizeOutOfRange() {
        Api.Response response = as("caseworker").get("/api/participants?size=1000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("size");
    }

    @Test
    void rejectsAPageThatIsNotANumber() {
        assertThat(as("caseworker").get("/api/participants?page=abc").status()).isEqualTo(400);
    }

    @Test
    void servesTheOpenApiDescriptionToSignedInUsersOnly() {
        Api.Response response = as("caseworker").get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("paths").has("/api/participants")).isTrue();
        Api.Response stranger = as(null).get("/v3/api-docs");
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.contentType()).startsWith(PROBLEM_JSON);
    }

    private String registerForContactDetails() {
        return as("caseworker").post("/api/participants",
                registration("Quinn", "Contacttest", "1979-03-14", null, "SOLIHULL")).body().get("participantId").asText();
    }

    @Test
    void replacesContactDetails() {
        String id = registerForContactDetails();

        Api.Response changed = as("caseworker").put("/api/participants/" + id + "/contact-details",
                "{\"phone\": \"0121 496 0999\", \"email\": \"quinn@example.org\"}");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(eventsOf(id)).last().isInstanceOfSatisfying(ParticipantContactDetailsChanged.class, event -> {
            assertThat(event.email()).isEqualTo("quinn@example.org");
            assertThat(event.changedBy()).isEqualTo("caseworker");
        });
    }

    @Test
    void refusesAnInvalidEmailForItsField() {
        String id = registerForContactDetails();

        Api.Response invalid = as("caseworker").put("/api/participants/" + id + "/contact-details", "{\"email\": \"nope@\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.body())).containsExactly("email");
    }

    @Test
    void contactDetailsOfAnUnknownParticipantAre404() {
        Api.Response unknown = as("caseworker").put("/api/participants/no-such-id/contact-details", "{\"phone\": null}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aManagerMayNotChangeContactDetails() {
        String id = registerForContactDetails();

        assertThat(as("manager").put("/api/participants/" + id + "/contact-details", "{}").status()).isEqualTo(403);
    }
}
