package uk.wmpathways.app;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.bson.Document;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * A valid GP referral is recorded (one GpReferralReceived, the person's details encrypted), once per practice and
 * message: the same X-Request-ID, or without one the same bundle id, answers 409 {@code duplicate} and records
 * nothing, also for two sends at the same moment. The practice reads it back as a ServiceRequest (no patient
 * details); another practice's GP gets 404, any other role 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralFhirRecordingTest extends EnrolmentApiTestSupport {

    private static final String FHIR_JSON = "application/fhir+json";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BaseR4Validation validation;
    @Autowired
    MongoTemplate mongo;
    private IGenericClient gp;
    private FhirHttp fhir;

    @BeforeAll
    void aGpOfTheExamplesPracticeAndAWarmValidator() {
        FhirClients.addGpReferrers(accounts, encoder);
        FhirClients.warm(validation);
        gp = FhirClients.client(port, FhirClients.EXAMPLE_PRACTICE_GP);
        fhir = new FhirHttp(port);
    }

    @Test
    void aValidReferralIsRecordedOnceWithThePersonsDetailsEncrypted() {
        Bundle answer = FhirClients.processMessage(gp, FhirClients.example(ExampleBundles.VERIFIED));
        String referralId = answer.getIdentifier().getValue();

        List<Document> events = receivedEvents(referralId);
        assertThat(events).hasSize(1);
        String payload = events.get(0).getString("payload");
        assertThat(payload).contains("Y90001").doesNotContain("9434765919").doesNotContain("\"Example\"")
                .doesNotContain("Alexis");
    }

    @Test
    void theSameRequestIdFromThePracticeAgainIsADuplicateAndRecordsNothing() {
        String requestId = UUID.randomUUID().toString();
        String body = ExampleBundles.read(ExampleBundles.FLAGS_AND_CONSENT);

        Api.Response first = fhir.post(FhirClients.EXAMPLE_PRACTICE_GP, FHIR_JSON, body, requestId);
        Api.Response again = fhir.post(FhirClients.EXAMPLE_PRACTICE_GP, FHIR_JSON, body, requestId);

        assertThat(first.status()).isEqualTo(200);
        String referralId = first.body().path("identifier").path("value").asText();
        assertDuplicate(again, referralId);
        assertThat(receivedEventsWithRequestId(requestId)).hasSize(1);
    }

    @Test
    void withoutARequestIdTheSameBundleIdAgainIsADuplicate() {
        Bundle message = FhirClients.example(ExampleBundles.WITHOUT_NHS_NUMBER);
        String referralId = FhirClients.processMessage(gp, message).getIdentifier().getValue();

        BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
                () -> FhirClients.processMessage(gp, message));

        assertThat(refused).isNotNull();
        assertThat(refused.getStatusCode()).isEqualTo(409);
        OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.DUPLICATE);
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Bundle.id");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(referralId);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("REC_CONFLICT");
    }

    @Test
    void twoSendsOfOneMessageAtOnceRecordItOnce() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String body = ExampleBundles.read(ExampleBundles.NOT_TRACED);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Api.Response> send = () -> {
            start.await();
            return fhir.post(FhirClients.EXAMPLE_PRACTICE_GP, FHIR_JSON, body, requestId);
        };
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> one = senders.submit(send);
            Future<Api.Response> other = senders.submit(send);
            start.countDown();
            List<Integer> statuses = List.of(one.get().status(), other.get().status());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(receivedEventsWithRequestId(requestId)).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void thePracticeReadsTheReferralBackWithoutThePatientsDetails() {
        String referralId = FhirClients.processMessage(gp, FhirClients.example(ExampleBundles.VERIFIED))
                .getIdentifier().getValue();

        ServiceRequest read = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> gp.read().resource(ServiceRequest.class).withId(referralId).execute(), found -> found != null);

        assertThat(read.getIdElement().getIdPart()).isEqualTo(referralId);
        assertThat(read.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(read.getRequester().getIdentifier().getValue()).isEqualTo("Y90001");
        assertThat(read.getNoteFirstRep().getText()).contains("requested");
        String json = FhirClients.client(port, null).getFhirContext().newJsonParser().encodeResourceToString(read);
        assertThat(json).doesNotContain("Example").doesNotContain("9434765919").doesNotContain("1980");
    }

    @ParameterizedTest(name = "{0} ({2}): {1}")
    @CsvSource({
            "gp-y90002, 404, GP referrer of another practice",
            "gp-no-practice, 404, GP referrer linked to no practice",
            "caseworker, 403, caseworker of DEMO-SUPPORT",
            "outreach, 403, caseworker of STREET-OUTREACH",
            "manager, 403, programme manager",
            "admin, 403, administrator",
            "dpo, 403, data protection officer",
            ", 401, nobody signed in"})
    void onlyThePracticesGpReadsTheReferral(String username, int status, String who) {
        String referralId = FhirClients.processMessage(gp, FhirClients.example(ExampleBundles.VERIFIED))
                .getIdentifier().getValue();
        await().atMost(Duration.ofSeconds(15)).until(() -> fhir.get(FhirClients.EXAMPLE_PRACTICE_GP,
                "/fhir/ServiceRequest/" + referralId).status() == 200);

        Api.Response response = fhir.get(username, "/fhir/ServiceRequest/" + referralId);

        assertThat(response.status()).as(who).isEqualTo(status);
        assertThat(response.contentType()).startsWith(FHIR_JSON);
        assertThat(response.body().get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(response.body().toString()).doesNotContain("Y90001");
    }

    @Test
    void anUnknownReferralIsNotFound() {
        Api.Response response = fhir.get(FhirClients.EXAMPLE_PRACTICE_GP, "/fhir/ServiceRequest/no-such-id");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("issue").get(0).path("code").asText()).isEqualTo("not-found");
    }

    private static void assertDuplicate(Api.Response response, String existingReferralId) {
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(FHIR_JSON);
        assertThat(response.body().path("issue").get(0).path("code").asText()).isEqualTo("duplicate");
        assertThat(response.body().path("issue").get(0).path("diagnostics").asText()).contains(existingReferralId);
    }

    private List<Document> receivedEvents(String referralId) {
        return mongo.find(Query.query(Criteria.where("aggregateIdentifier").is(referralId)
                        .and("payloadType").is(GpReferralReceived.class.getName())), Document.class,
                GlobalSequenceMongoEventStorageEngine.EVENTS);
    }

    private List<Document> receivedEventsWithRequestId(String requestId) {
        return mongo.find(Query.query(Criteria.where("payloadType").is(GpReferralReceived.class.getName())),
                        Document.class, GlobalSequenceMongoEventStorageEngine.EVENTS).stream()
                .filter(event -> event.getString("payload").contains(requestId))
                .toList();
    }
}
