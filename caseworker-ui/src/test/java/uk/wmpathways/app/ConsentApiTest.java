package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Consent over HTTP for every role and organisation: Street Outreach ({@code outreach}) registers a person, who
 * agrees that the Demo Support Trust ({@code caseworker}, {@code caseworker2}) may see their record; the trust
 * reads it from the moment the consent is recorded and is refused from the moment it is withdrawn (no waiting in
 * between: the access decision's read model is written with the consent).
 */
class ConsentApiTest extends EnrolmentApiTestSupport {

    private static final String RECEIVING = "DEMO-SUPPORT";

    @Autowired
    EventStore eventStore;

    /** A person Street Outreach registered, once the read side shows them to Street Outreach. */
    private String registeredByOutreach(String familyName) {
        Api.Response registered = as("outreach").post("/api/participants",
                ParticipantRequests.registration("Jo", familyName, "1979-03-04", null, "BIRMINGHAM"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String participantId = registered.body().get("participantId").asText();
        await().until(() -> as("outreach").get(participant(participantId)).status() == 200);
        return participantId;
    }

    private static String participant(String participantId) {
        return "/api/participants/" + participantId;
    }

    private static String consents(String participantId) {
        return participant(participantId) + "/consents";
    }

    private static String withdrawal(String participantId, String consentId) {
        return consents(participantId) + "/" + consentId + "/withdrawal";
    }

    private String shareWithReceiver(String participantId) {
        Api.Response recorded = as("outreach").post(consents(participantId), Map.of(
                "scope", "SHARE_WITH_ORGANISATION", "organisation", RECEIVING, "givenOn", TODAY.toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.body().get("consentId").asText();
    }

    private static void assertRefused(Api.Response response, int status, String familyName) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.toString()).doesNotContain(familyName);
    }

    @Test
    void theRecordShowsTheLawfulBasisAndConsents() {
        String participantId = registeredByOutreach("Consentshown");
        shareWithReceiver(participantId);

        JsonNode shown = as("outreach").get(participant(participantId)).body();
        assertThat(shown.get("familyName").asText()).isEqualTo("Consentshown");
        JsonNode dataProtection = shown.get("dataProtection");
        assertThat(dataProtection.get("basis").asText()).isEqualTo("PUBLIC_TASK");
        assertThat(dataProtection.get("basisRecordedBy").asText()).isEqualTo("outreach");
        JsonNode consent = dataProtection.get("consents").get(0);
        assertThat(consent.get("scope").asText()).isEqualTo("SHARE_WITH_ORGANISATION");
        assertThat(consent.get("organisation").asText()).isEqualTo(RECEIVING);
        assertThat(consent.get("recordedBy").asText()).isEqualTo("outreach");
        assertThat(consent.get("givenOn").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void sharingConsentGivesTheOrganisationReadAccessAtOnceAndWithdrawalTakesItAway() {
        String participantId = registeredByOutreach("Consentshared");
        assertRefused(as("caseworker").get(participant(participantId)), 403, "Consentshared");

        String consentId = shareWithReceiver(participantId);
        assertThat(as("caseworker").get(participant(participantId)).status()).isEqualTo(200);
        assertThat(as("caseworker2").get(participant(participantId)).status()).isEqualTo(200);
        assertThat(as("caseworker").get("/api/participants?q=Consentshared").body().get("items"))
                .extracting(item -> item.get("participantId").asText()).contains(participantId);
        assertRefused(as("caseworker").put(participant(participantId) + "/contact-details",
                Map.of("phone", "0121 496 0000")), 403, "Consentshared");

        Api.Response withdrawn = as("outreach").post(withdrawal(participantId, consentId), Map.of());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        assertRefused(as("caseworker").get(participant(participantId)), 403, "Consentshared");
        assertRefused(as("caseworker2").get(participant(participantId)), 403, "Consentshared");
        assertThat(as("caseworker").get("/api/participants?q=Consentshared").body().get("items"))
                .extracting(item -> item.get("participantId").asText()).doesNotContain(participantId);
        assertThat(as("outreach").get(participant(participantId)).status()).isEqualTo(200);
    }

    @Test
    void onlyAnOrganisationThatRegisteredOrSupportsThePersonRecordsOrWithdrawsConsent() {
        String participantId = registeredByOutreach("Consentrefused");
        String consentId = shareWithReceiver(participantId);

        assertRefused(as("caseworker").post(consents(participantId), Map.of("scope", "SHARE_WITH_ORGANISATION",
                "organisation", "STREET-OUTREACH", "givenOn", TODAY.toString())), 403, "Consentrefused");
        assertRefused(as("caseworker").post(withdrawal(participantId, consentId), Map.of()), 403, "Consentrefused");
        assertRefused(as("caseworker").put(participant(participantId) + "/lawful-basis",
                Map.of("basis", "VITAL_INTERESTS")), 403, "Consentrefused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "gp", "admin", "dpo"})
    void otherRolesNeitherRecordNorReadConsent(String username) {
        String participantId = registeredByOutreach("Consentroles");
        String consentId = shareWithReceiver(participantId);

        assertRefused(as(username).post(consents(participantId), Map.of("scope", "SHARE_WITH_ORGANISATION",
                "organisation", RECEIVING, "givenOn", TODAY.toString())), 403, "Consentroles");
        assertRefused(as(username).post(withdrawal(participantId, consentId), Map.of()), 403, "Consentroles");
        assertRefused(as(username).get(participant(participantId)), 403, "Consentroles");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        String participantId = registeredByOutreach("Consentanonymous");
        String consentId = shareWithReceiver(participantId);

        assertRefused(as(null).post(consents(participantId), Map.of("scope", "SHARE_WITH_ORGANISATION",
                "organisation", RECEIVING, "givenOn", TODAY.toString())), 401, "Consentanonymous");
        assertRefused(as(null).post(withdrawal(participantId, consentId), Map.of()), 401, "Consentanonymous");
        assertRefused(as(null).put(participant(participantId) + "/lawful-basis", Map.of("basis", "PUBLIC_TASK")),
                401, "Consentanonymous");
    }

    @Test
    void withdrawingTwiceIsAConflictAndAnUnknownConsentIsNotFound() {
        String participantId = registeredByOutreach("Consenttwice");
        String consentId = shareWithReceiver(participantId);
        assertThat(as("outreach").post(withdrawal(participantId, consentId), Map.of()).status()).isEqualTo(204);

        assertRefused(as("outreach").post(withdrawal(participantId, consentId), Map.of()), 409, "Consenttwice");
        assertRefused(as("outreach").post(withdrawal(participantId, "no-such-consent"), Map.of()), 404,
                "Consenttwice");
        assertRefused(as("outreach").post(consents("no-such-person"), Map.of("scope", "SHARE_WITH_ORGANISATION",
                "organisation", RECEIVING, "givenOn", TODAY.toString())), 404, "Consenttwice");
    }

    @Test
    void withdrawnConsentToProcessingRestrictsTheRecordUntilGivenAgain() {
        String participantId = registeredByOutreach("Consentrestricted");
        Api.Response basis = as("outreach").put(participant(participantId) + "/lawful-basis",
                Map.of("basis", "consent", "consentGivenOn", TODAY.toString()));
        assertThat(basis.status()).as(basis.toString()).isEqualTo(204);
        String processing = as("outreach").get(participant(participantId)).body().get("dataProtection")
                .get("consents").get(0).get("consentId").asText();

        assertThat(as("outreach").post(withdrawal(participantId, processing), Map.of()).status()).isEqualTo(204);
        assertThat(as("outreach").get(participant(participantId)).body().get("dataProtection").get("restricted")
                .asBoolean()).isTrue();
        assertRefused(as("outreach").put(participant(participantId) + "/contact-details",
                Map.of("phone", "0121 496 0000")), 409, "Consentrestricted");

        Api.Response givenAgain = as("outreach").post(consents(participantId), Map.of("scope", "PROCESSING",
                "givenOn", TODAY.toString()));
        assertThat(givenAgain.status()).as(givenAgain.toString()).isEqualTo(201);
        assertThat(as("outreach").put(participant(participantId) + "/contact-details",
                Map.of("phone", "0121 496 0000")).status()).isEqualTo(204);
    }

    @Test
    void aRecordRegisteredBeforeBasesWereRecordedShowsNoneUntilOneIsRecorded() {
        String participantId = "p-" + java.util.UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Participant", participantId, 0, new ParticipantRegistered(
                participantId, "Jo", "Consentolder", java.time.LocalDate.of(1979, 3, 4), null,
                LocalAuthority.BIRMINGHAM, null, null, "outreach", java.time.Instant.now(), null, "STREET-OUTREACH")));
        await().until(() -> as("outreach").get(participant(participantId)).status() == 200);
        assertThat(as("outreach").get(participant(participantId)).body().get("dataProtection").get("basis").isNull())
                .isTrue();

        assertRefused(as("caseworker").put(participant(participantId) + "/lawful-basis",
                Map.of("basis", "PUBLIC_TASK")), 403, "Consentolder");
        Api.Response missing = as("outreach").put(participant(participantId) + "/lawful-basis", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.toString()).contains("basis");
        Api.Response recorded = as("outreach").put(participant(participantId) + "/lawful-basis",
                Map.of("basis", "PUBLIC_TASK", "specialCategoryCondition", "HEALTH_OR_SOCIAL_CARE"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(204);
        JsonNode shown = as("outreach").get(participant(participantId)).body().get("dataProtection");
        assertThat(shown.get("basis").asText()).isEqualTo("PUBLIC_TASK");
        assertThat(shown.get("specialCategoryCondition").asText()).isEqualTo("HEALTH_OR_SOCIAL_CARE");
    }

    @Test
    void badInputIsAFieldProblemAndChangesNothing() {
        String participantId = registeredByOutreach("Consentinvalid");

        Api.Response unknownScope = as("outreach").post(consents(participantId), Map.of("scope", "EVERYTHING",
                "organisation", "NOWHERE", "givenOn", TODAY.toString()));
        assertThat(unknownScope.status()).isEqualTo(400);
        assertThat(unknownScope.contentType()).startsWith(PROBLEM_JSON);
        assertThat(unknownScope.toString()).contains("scope").contains("organisation");
        Api.Response future = as("outreach").post(consents(participantId), Map.of("scope", "SHARE_WITH_ORGANISATION",
                "organisation", RECEIVING, "givenOn", TODAY.plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.toString()).contains("givenOn");
        assertThat(as("caseworker").get(participant(participantId)).status()).isEqualTo(403);
        assertThat(as("outreach").get(participant(participantId)).body().get("dataProtection").get("consents"))
                .isEmpty();
    }
}
