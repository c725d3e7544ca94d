package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the enrolment API refuses, and how: problem+json with a status a client can act on. */
class EnrolmentProblemsApiTest extends EnrolmentApiTestSupport {

    @Test
    void unknownCodesAreRefusedWithTheAllowedCodesAndMissingFieldsWithAMessageEach() {
        String participantId = registerParticipant("Codetest");

        Api.Response response = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "housing_first", "localAuthority", "Atlantis", "source", "carrier pigeon"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(response.body()))
                .containsExactlyInAnyOrder("providerOrganisation", "localAuthority", "source", "referredOn");
        assertThat(messageFor(response.body(), "localAuthority"))
                .isEqualTo("Unknown local authority: use one of BIRMINGHAM, COVENTRY, DUDLEY, SANDWELL, SOLIHULL, "
                        + "WALSALL, WOLVERHAMPTON, OTHER");
        assertThat(messageFor(response.body(), "source"))
                .contains("OUTREACH, HOSTEL, PRISON_OR_PROBATION, HOSPITAL, LOCAL_AUTHORITY");
        assertThat(response.body().toString()).doesNotContain("Atlantis").doesNotContain("Exception");

        Api.Response unknownPathway = as("caseworker").post(enrolmentsOf(participantId), Map.of("pathway", "moon"));
        assertThat(unknownPathway.status()).isEqualTo(400);
        assertThat(messageFor(unknownPathway.body(), "pathway"))
                .isEqualTo("Unknown pathway: use one of HOUSING_FIRST, ROUGH_SLEEPING_INITIATIVE, THRIVE_INTO_WORK");

        Api.Response wrongFunds = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "HOUSING_FIRST_PILOT", "source", "GP", "referredOn", TODAY.toString()));
        assertThat(wrongFunds.status()).isEqualTo(400);
        assertThat(messageFor(wrongFunds.body(), "fundingStream"))
                .contains("THRIVE_INTO_WORK_TRIAL, THRIVE_INTO_WORK_EXPANSION");

        // The read model shows events in order: once this referral shows, a refused one would have shown first.
        String referred = as("caseworker").post(enrolmentsOf(participantId), housingFirstReferral(TODAY))
                .body().get("enrolmentId").asText();
        awaitEnrolment(referred, enrolment -> true);
        assertThat(texts(as("caseworker").get(enrolmentsOf(participantId)).body(), "enrolmentId"))
                .as("nothing was recorded by the refused requests").containsExactly(referred);
    }

    @Test
    void aStepWithMissingFieldsOrAMalformedDateIsRefusedPerField() {
        String enrolmentId = referToHousingFirst("Fieldtest");

        Api.Response empty = as("caseworker").post(enrolment(enrolmentId) + "/tenancies", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty.body())).containsExactlyInAnyOrder("property", "landlordType", "startedOn");

        Api.Response badDate = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", "31/01/2025"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(badDate.body())).containsExactly("contactedOn");

        Api.Response future = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.plusDays(1).toString()));
        assertThat(future.status()).as("the aggregate's own rules answer 400 too").isEqualTo(400);
        assertThat(fields(future.body())).containsExactly("contactedOn");
    }

    @Test
    void unknownParticipantsEnrolmentsTenanciesAndJobsAre404() {
        Api caseworker = as("caseworker");
        for (Api.Response response : List.of(
                caseworker.post(enrolmentsOf("no-such-participant"), housingFirstReferral(TODAY)),
                caseworker.get(enrolmentsOf("no-such-participant")),
                caseworker.get(enrolment("no-such-enrolment")),
                caseworker.get(enrolment("no-such-enrolment") + "/history"),
                caseworker.post(enrolment("no-such-enrolment") + "/contacts", Map.of(
                        "type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.toString())))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        }

        String enrolmentId = referToHousingFirst("Notfoundtest");
        Api.Response unknownTenancy = caseworker.post(enrolment(enrolmentId) + "/tenancies/no-such-tenancy/end",
                Map.of("reason", "EVICTION", "endedOn", TODAY.toString()));
        assertThat(unknownTenancy.status()).isEqualTo(404);
        assertThat(unknownTenancy.body().get("detail").asText()).isEqualTo("This enrolment has no tenancy with this id");
    }

    @Test
    void aTenancyBeforeTheReferralIsAcceptedIsAStepNotAllowed() {
        String enrolmentId = referToHousingFirst("Notallowedtest");

        Api.Response response = as("caseworker").post(enrolment(enrolmentId) + "/tenancies", Map.of(
                "property", "4 Elm Road", "landlordType", "PRIVATE_RENTED", "startedOn", TODAY.toString()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.body().get("step").asText()).isEqualTo("START_TENANCY");
        assertThat(response.body().get("detail").asText())
                .isEqualTo("A tenancy can start only after the Housing First referral is accepted");

        Api.Response otherPathway = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation", Map.of());
        assertThat(otherPathway.status()).isEqualTo(409);
        assertThat(otherPathway.body().get("step").asText()).isEqualTo("ALLOCATE_TRIAL_ARM");
    }

    @Test
    void nobodyChoosesATrialArmAndTheArmDrawnIsPermanent() {
        String participantId = registerParticipant("Armtest");
        String enrolmentId = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "SANDWELL",
                "fundingStream", "thrive_into_work_expansion", "source", "SELF", "referredOn", TODAY.toString()))
                .body().get("enrolmentId").asText();
        as("caseworker").post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of(
                "eligible", true, "consentGiven", true, "recordedOn", TODAY.toString()));

        Api.Response chosen = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation",
                Map.of("trialArm", "TREATMENT"));
        assertThat(chosen.status()).isEqualTo(400);
        assertThat(fields(chosen.body())).containsExactly("trialArm");

        Api.Response drawn = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation");
        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(200);
        assertThat(drawn.body().get("trialArm").asText()).isIn("TREATMENT", "CONTROL");

        Api.Response again = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("step").asText()).isEqualTo("ALLOCATE_TRIAL_ARM");
    }

    @Test
    void aStepSentWithAStaleVersionIsRefusedWithTheCurrentVersion() {
        String participantId = registerParticipant("Staletest");
        Api.Response referred = as("caseworker").post(enrolmentsOf(participantId), housingFirstReferral(TODAY));
        String enrolmentId = referred.body().get("enrolmentId").asText();
        long seen = referred.body().get("version").asLong();

        Api.Response accepted = as("caseworker2").post(enrolment(enrolmentId) + "/eligibility-assessment", Map.of(
                "accepted", true, "assessedOn", TODAY.toString(), "expectedVersion", seen));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        long current = accepted.body().get("version").asLong();

        Api.Response stale = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "FACE_TO_FACE", "durationMinutes", 30, "contactedOn", TODAY.toString(),
                "expectedVersion", seen));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM_JSON);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(current);

        Api.Response fresh = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "FACE_TO_FACE", "durationMinutes", 30, "contactedOn", TODAY.toString(),
                "expectedVersion", current));
        assertThat(fresh.status()).isEqualTo(201);
    }

    @Test
    void theVersionAnsweredIsTheOneAfterEverythingTheStepRecorded() {
        String enrolmentId = referToHousingFirst("Declinetest");

        Api.Response declined = as("caseworker").post(enrolment(enrolmentId) + "/eligibility-assessment", Map.of(
                "accepted", false, "declineReason", "out_of_area", "assessedOn", TODAY.toString()));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);

        Api.Response contact = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 5, "contactedOn", TODAY.toString(),
                "expectedVersion", declined.body().get("version").asLong()));
        assertThat(contact.status()).as("the assessment and the closure it brought are both in that version")
                .isEqualTo(409);
        assertThat(contact.body().get("step").asText()).isEqualTo("LOG_CONTACT");

        Api.Response reopened = as("caseworker").post(enrolment(enrolmentId) + "/reopening", Map.of(
                "reason", "Moved back into the area", "reopenedOn", TODAY.toString(),
                "expectedVersion", declined.body().get("version").asLong()));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.body().get("version").asLong()).isEqualTo(declined.body().get("version").asLong() + 1);
    }

    @Test
    void aRetryWithTheSameRequestIdGetsTheSameAnswerAndRecordsNothingNew() {
        String participantId = registerParticipant("Retrytest");
        Map<String, Object> referral = Map.of("pathway", "HOUSING_FIRST", "providerOrganisation", "DEMO-SUPPORT",
                "localAuthority", "WALSALL", "source", "HOSPITAL", "referredOn", TODAY.toString(),
                "requestId", "referral-1");

        Api.Response first = as("caseworker").post(enrolmentsOf(participantId), referral);
        Api.Response retry = as("caseworker").post(enrolmentsOf(participantId), referral);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        String enrolmentId = first.body().get("enrolmentId").asText();

        Map<String, Object> contact = Map.of("type", "PHONE", "durationMinutes", 15,
                "contactedOn", TODAY.toString(), "requestId", "contact-1");
        Api.Response contactFirst = as("caseworker").post(enrolment(enrolmentId) + "/contacts", contact);
        Api.Response contactRetry = as("caseworker").post(enrolment(enrolmentId) + "/contacts", contact);
        assertThat(contactFirst.status()).isEqualTo(201);
        assertThat(contactRetry.body()).isEqualTo(contactFirst.body());

        // Events reach the history in order: once this last step shows, a duplicate would have shown before it.
        as("caseworker").post(enrolment(enrolmentId) + "/eligibility-assessment",
                Map.of("accepted", true, "assessedOn", TODAY.toString()));
        JsonNode history = awaitHistory(enrolmentId, 3);
        assertThat(history).as("one referral, one contact, one assessment").hasSize(3);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndToAManager403() {
        String enrolmentId = referToHousingFirst("Securitytest");
        Map<String, Object> contact = Map.of("type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.toString());

        for (Api.Response response : List.of(as(null).get(enrolment(enrolmentId)),
                as(null).post(enrolment(enrolmentId) + "/contacts", contact), as(null).get("/api/caseload"))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        }
        for (Api.Response response : List.of(as("manager").get(enrolment(enrolmentId)),
                as("manager").get(enrolment(enrolmentId) + "/history"),
                as("manager").post(enrolment(enrolmentId) + "/contacts", contact),
                as("manager").get("/api/caseload"), as("manager").get("/api/due"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(as("admin").post(enrolment(enrolmentId) + "/contacts", contact).status())
                .as("administrators read; caseworkers record").isEqualTo(403);
    }

    @Test
    void theCaseloadAndDueListsRefuseUnknownCodesAndAmbiguousQuestions() {
        Api.Response stage = as("caseworker").get("/api/caseload?stage=asleep");
        assertThat(stage.status()).isEqualTo(400);
        assertThat(fields(stage.body())).containsExactly("stage");

        assertThat(fields(as("caseworker").get("/api/due?worker=caseworker&organisation=DEMO-SUPPORT").body()))
                .containsExactly("organisation");
        assertThat(fields(as("caseworker").get("/api/due?organisation=NOWHERE").body())).containsExactly("organisation");
        assertThat(as("caseworker").get("/api/due?dueBy=tomorrow").status()).isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionHasTheEnrolmentEndpoints() {
        JsonNode paths = as(null).get("/v3/api-docs").body().get("paths");
        assertThat(paths.has("/api/participants/{participantId}/enrolments")).isTrue();
        assertThat(paths.has("/api/enrolments/{enrolmentId}/tenancies/{tenancyId}/sustainment-checks")).isTrue();
        assertThat(paths.has("/api/enrolments/{enrolmentId}/trial-arm-allocation")).isTrue();
        assertThat(paths.has("/api/due")).isTrue();
    }
}
