package uk.wmpathways.caseservice.web;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the enrolment API refuses, and how: problem+json with a status a client can act on. */
class EnrolmentProblemsApiTest extends ApiTestSupport {

    /** The enrolments started for the participant, as the event store has them. */
    private List<String> enrolmentsStartedFor(String participantId) {
        return allEvents().stream().filter(EnrolmentStartedEvent.class::isInstance)
                .map(EnrolmentStartedEvent.class::cast)
                .filter(started -> started.participantId().equals(participantId))
                .map(EnrolmentStartedEvent::enrolmentId).toList();
    }

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
    }

    @Test
    void anUnknownPathwayIsRefusedWithThePathways() {
        String participantId = registerParticipant("Codetest");

        Api.Response unknownPathway = as("caseworker").post(enrolmentsOf(participantId), Map.of("pathway", "moon"));
        assertThat(unknownPathway.status()).isEqualTo(400);
        assertThat(messageFor(unknownPathway.body(), "pathway"))
                .isEqualTo("Unknown pathway: use one of HOUSING_FIRST, ROUGH_SLEEPING_INITIATIVE, THRIVE_INTO_WORK");
    }

    @Test
    void aFundingStreamOfAnotherPathwayIsRefusedWithThePathwaysStreams() {
        String participantId = registerParticipant("Codetest");

        Api.Response wrongFunds = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "HOUSING_FIRST_PILOT", "source", "GP", "referredOn", TODAY.toString()));
        assertThat(wrongFunds.status()).isEqualTo(400);
        assertThat(messageFor(wrongFunds.body(), "fundingStream"))
                .contains("THRIVE_INTO_WORK_TRIAL, THRIVE_INTO_WORK_EXPANSION");
    }

    @Test
    void refusedReferralsRecordNothing() {
        String participantId = registerParticipant("Codetest");
        as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "housing_first", "localAuthority", "Atlantis", "source", "carrier pigeon"));
        as("caseworker").post(enrolmentsOf(participantId), Map.of("pathway", "moon"));
        as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "HOUSING_FIRST_PILOT", "source", "GP", "referredOn", TODAY.toString()));

        String referred = as("caseworker").post(enrolmentsOf(participantId), housingFirstReferral(TODAY))
                .body().get("enrolmentId").asText();
        assertThat(enrolmentsStartedFor(participantId))
                .as("nothing was recorded by the refused requests").containsExactly(referred);
    }

    @Test
    void aStepWithMissingFieldsIsRefusedPerField() {
        String enrolmentId = referToHousingFirst("Fieldtest");

        Api.Response empty = as("caseworker").post(enrolment(enrolmentId) + "/tenancies", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty.body())).containsExactlyInAnyOrder("property", "landlordType", "startedOn");
    }

    @Test
    void aStepWithAMalformedDateIsRefusedForThatField() {
        String enrolmentId = referToHousingFirst("Fieldtest");

        Api.Response badDate = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", "31/01/2025"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(badDate.body())).containsExactly("contactedOn");
    }

    @Test
    void aStepDatedInTheFutureIsRefusedByTheAggregatesRulesForThatField() {
        String enrolmentId = referToHousingFirst("Fieldtest");

        Api.Response future = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.plusDays(1).toString()));
        assertThat(future.status()).as("the aggregate's own rules answer 400 too").isEqualTo(400);
        assertThat(fields(future.body())).containsExactly("contactedOn");
    }

    private static void assertNotFoundProblem(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void referringAnUnknownParticipantIs404() {
        Api.Response response = as("caseworker").post(enrolmentsOf("no-such-participant"), housingFirstReferral(TODAY));
        assertNotFoundProblem(response);
        assertThat(response.body().get("detail").asText()).isEqualTo("No participant has this id");
    }

    @Test
    void theEnrolmentsOfAnUnknownParticipantAre404() {
        assertNotFoundProblem(as("caseworker").get(enrolmentsOf("no-such-participant")));
    }

    @Test
    void anUnknownEnrolmentIs404() {
        assertNotFoundProblem(as("caseworker").get(enrolment("no-such-enrolment")));
    }

    @Test
    void theHistoryOfAnUnknownEnrolmentIs404() {
        assertNotFoundProblem(as("caseworker").get(enrolment("no-such-enrolment") + "/history"));
    }

    @Test
    void aStepOnAnUnknownEnrolmentIs404() {
        assertNotFoundProblem(as("caseworker").post(enrolment("no-such-enrolment") + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.toString())));
    }

    @Test
    void endingAnUnknownTenancyIs404() {
        String enrolmentId = referToHousingFirst("Notfoundtest");
        Api.Response unknownTenancy = as("caseworker").post(enrolment(enrolmentId) + "/tenancies/no-such-tenancy/end",
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
    }

    @Test
    void aStepOfAnotherPathwayIsAStepNotAllowed() {
        String enrolmentId = referToHousingFirst("Notallowedtest");

        Api.Response otherPathway = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation", Map.of());
        assertThat(otherPathway.status()).isEqualTo(409);
        assertThat(otherPathway.body().get("step").asText()).isEqualTo("ALLOCATE_TRIAL_ARM");
    }

    /** A Thrive into Work enrolment with eligibility and consent recorded, awaiting its trial arm. */
    private String consentedToTheTrial(String familyName) {
        String participantId = registerParticipant(familyName);
        String enrolmentId = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "SANDWELL",
                "fundingStream", "thrive_into_work_trial", "source", "SELF", "referredOn", TODAY.toString()))
                .body().get("enrolmentId").asText();
        as("caseworker").post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of(
                "eligible", true, "consentGiven", true, "recordedOn", TODAY.toString()));
        return enrolmentId;
    }

    @Test
    void nobodyChoosesATrialArm() {
        String enrolmentId = consentedToTheTrial("Armtest");

        Api.Response chosen = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation",
                Map.of("trialArm", "TREATMENT"));
        assertThat(chosen.status()).isEqualTo(400);
        assertThat(fields(chosen.body())).containsExactly("trialArm");
    }

    @Test
    void theArmDrawnIsPermanent() {
        String enrolmentId = consentedToTheTrial("Armtest");

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
    void aRetriedReferralGetsTheSameAnswerAndStartsOneEnrolment() {
        String participantId = registerParticipant("Retrytest");
        Map<String, Object> referral = Map.of("pathway", "HOUSING_FIRST", "providerOrganisation", "DEMO-SUPPORT",
                "localAuthority", "WALSALL", "source", "HOSPITAL", "referredOn", TODAY.toString(),
                "requestId", "referral-1");

        Api.Response first = as("caseworker").post(enrolmentsOf(participantId), referral);
        Api.Response retry = as("caseworker").post(enrolmentsOf(participantId), referral);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(enrolmentsStartedFor(participantId)).as("one referral")
                .containsExactly(first.body().get("enrolmentId").asText());
    }

    @Test
    void aRetriedStepGetsTheSameAnswerAndRecordsNothingNew() {
        String enrolmentId = referToHousingFirst("Retrytest");
        Map<String, Object> contact = Map.of("type", "PHONE", "durationMinutes", 15,
                "contactedOn", TODAY.toString(), "requestId", "contact-1");

        Api.Response contactFirst = as("caseworker").post(enrolment(enrolmentId) + "/contacts", contact);
        Api.Response contactRetry = as("caseworker").post(enrolment(enrolmentId) + "/contacts", contact);

        assertThat(contactFirst.status()).isEqualTo(201);
        assertThat(contactRetry.body()).isEqualTo(contactFirst.body());
        assertThat(eventsOf(enrolmentId)).as("one contact").filteredOn(ContactLogged.class::isInstance).hasSize(1);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    private static final Map<String, Object> CONTACT =
            Map.of("type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.toString());

    @Test
    void withoutCredentialsAnEnrolmentIs401() {
        assertProblem(as(null).get(enrolment(referToHousingFirst("Securitytest"))), 401);
    }

    @Test
    void withoutCredentialsAStepIs401() {
        assertProblem(as(null).post(enrolment(referToHousingFirst("Securitytest")) + "/contacts", CONTACT), 401);
    }

    @Test
    void withoutCredentialsTheCaseloadIs401() {
        assertProblem(as(null).get("/api/caseload"), 401);
    }

    @Test
    void aManagerMayNotReadAnEnrolmentOrItsHistory() {
        String enrolmentId = referToHousingFirst("Securitytest");
        assertProblem(as("manager").get(enrolment(enrolmentId)), 403);
        assertProblem(as("manager").get(enrolment(enrolmentId) + "/history"), 403);
    }

    @Test
    void aManagerMayNotRecordAStep() {
        assertProblem(as("manager").post(enrolment(referToHousingFirst("Securitytest")) + "/contacts", CONTACT), 403);
    }

    @Test
    void aManagerHasNoCaseloadNorDueList() {
        assertProblem(as("manager").get("/api/caseload"), 403);
        assertProblem(as("manager").get("/api/due"), 403);
    }

    @Test
    void anAdministratorMayNotRecordAStep() {
        assertThat(as("admin").post(enrolment(referToHousingFirst("Securitytest")) + "/contacts", CONTACT).status())
                .as("administrators read; caseworkers record").isEqualTo(403);
    }

    @Test
    void theCaseloadRefusesAnUnknownStage() {
        Api.Response stage = as("caseworker").get("/api/caseload?stage=asleep");
        assertThat(stage.status()).isEqualTo(400);
        assertThat(fields(stage.body())).containsExactly("stage");
    }

    @Test
    void theDueListRefusesAWorkerAndAnOrganisationTogether() {
        assertThat(fields(as("caseworker").get("/api/due?worker=caseworker&organisation=DEMO-SUPPORT").body()))
                .containsExactly("organisation");
    }

    @Test
    void theDueListRefusesAnUnknownOrganisation() {
        assertThat(fields(as("caseworker").get("/api/due?organisation=NOWHERE").body())).containsExactly("organisation");
    }

    @Test
    void theDueListRefusesAnUnreadableDate() {
        assertThat(as("caseworker").get("/api/due?dueBy=tomorrow").status()).isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionHasTheEnrolmentEndpoints() {
        var paths = as("caseworker").get("/v3/api-docs").body().get("paths");
        assertThat(paths.has("/api/participants/{participantId}/enrolments")).isTrue();
        assertThat(paths.has("/api/enrolments/{enrolmentId}/tenancies/{tenancyId}/sustainment-checks")).isTrue();
        assertThat(paths.has("/api/enrolments/{enrolmentId}/trial-arm-allocation")).isTrue();
        assertThat(paths.has("/api/due")).isTrue();
    }
}
