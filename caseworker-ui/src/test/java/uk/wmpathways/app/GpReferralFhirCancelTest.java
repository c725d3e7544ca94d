package uk.wmpathways.app;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The practice cancels a referral over FHIR (reason update, the ServiceRequest revoked, naming our referral): 200
 * with the acknowledgement, the Task cancelled and the ServiceRequest revoked; 409 once decided (accepted,
 * rejected, cancelled), 404 for an unknown referral or another practice's, 422 for an update that does not revoke,
 * 403 for an account with no practice and for every other role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralFhirCancelTest extends EnrolmentApiTestSupport {

    private static final String FHIR_JSON = "application/fhir+json";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BaseR4Validation validation;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    @Qualifier("gpReferralCache")
    Cache gpReferralCache;
    private IGenericClient gp;
    private FhirHttp fhir;

    @BeforeAll
    void theGpReferrersAndAWarmValidator() {
        FhirClients.addGpReferrers(accounts, encoder);
        FhirClients.warm(validation);
        gp = FhirClients.client(port, FhirClients.EXAMPLE_PRACTICE_GP);
        fhir = new FhirHttp(port);
    }

    private String referred() {
        return FhirClients.processMessage(gp, FhirClients.example(ExampleBundles.VERIFIED)).getIdentifier().getValue();
    }

    private static String cancellationOf(String referralId) {
        return ExampleBundles.read(ExampleBundles.CANCEL)
                .replace(ExampleBundles.CANCEL_REFERRAL_ID_PLACEHOLDER, referralId)
                .replace("5d2e8b7a-0c4f-4a55-9e1b-7f3a2c9d0b11", UUID.randomUUID().toString());
    }

    private static Bundle cancellation(String referralId) {
        return gpParser().parseResource(Bundle.class, cancellationOf(referralId));
    }

    private static ca.uhn.fhir.parser.IParser gpParser() {
        return ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser();
    }

    @Test
    void thePracticeCancelsAReferralNotYetDecided() {
        String referralId = referred();

        Bundle answer = FhirClients.processMessage(gp, cancellation(referralId));

        MessageHeader header = (MessageHeader) answer.getEntryFirstRep().getResource();
        assertThat(header.getEventCoding().getCode()).isEqualTo("servicerequest-response");
        assertThat(header.getReason().getCodingFirstRep().getCode()).isEqualTo("update");
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
        assertThat(answer.getIdentifier().getValue()).isEqualTo(referralId);
        Task cancelled = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> gp.read().resource(Task.class).withId(referralId).execute(),
                task -> task.getStatus() == Task.TaskStatus.CANCELLED);
        assertThat(cancelled.getLastModified()).isNotNull();
        assertThat(gp.read().resource(ServiceRequest.class).withId(referralId).execute().getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);

        assertRefused(() -> FhirClients.processMessage(gp, cancellation(referralId)), 409,
                OperationOutcome.IssueType.CONFLICT);
    }

    @Test
    void anAcceptedReferralCannotBeCancelled() {
        String referralId = referred();
        new GpReferralEvents(eventStore, queries, referralId, 1)
                .accepted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now());
        // The acceptance went round the referral's aggregate, whose own commit would have replaced the copy kept
        // since the receipt: the cancellation is to be decided on the acceptance, not lose a race to it.
        gpReferralCache.remove(referralId);
        await().atMost(Duration.ofSeconds(15)).until(() -> gp.read().resource(Task.class).withId(referralId)
                .execute().getStatus() == Task.TaskStatus.ACCEPTED);

        assertRefused(() -> FhirClients.processMessage(gp, cancellation(referralId)), 409,
                OperationOutcome.IssueType.CONFLICT);
        assertThat(gp.read().resource(Task.class).withId(referralId).execute().getStatus())
                .isEqualTo(Task.TaskStatus.ACCEPTED);
    }

    @Test
    void aCancellationThatLosesARaceToAnotherStepIsAConflictAndRecordsNothing() {
        String referralId = referred();
        // Appended round the aggregate, which keeps its copy from the receipt: the cancellation is decided on that
        // copy and its append loses to the acceptance, as two instances deciding at the same moment would.
        new GpReferralEvents(eventStore, queries, referralId, 1)
                .accepted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now());

        assertRefused(() -> FhirClients.processMessage(gp, cancellation(referralId)), 409,
                OperationOutcome.IssueType.CONFLICT);
        await().atMost(Duration.ofSeconds(15)).until(() -> gp.read().resource(Task.class).withId(referralId)
                .execute().getStatus() == Task.TaskStatus.ACCEPTED);
        assertThat(eventStore.readEvents(referralId).asStream().count()).as("received, accepted").isEqualTo(2);
    }

    @Test
    void anUnknownReferralOrAnotherPracticesIsNotFound() {
        String referralId = referred();
        IGenericClient otherPractice = FhirClients.client(port, FhirClients.OTHER_PRACTICE_GP);

        assertRefused(() -> FhirClients.processMessage(gp, cancellation(UUID.randomUUID().toString())), 404,
                OperationOutcome.IssueType.NOTFOUND);
        assertRefused(() -> FhirClients.processMessage(otherPractice, cancellation(referralId)), 404,
                OperationOutcome.IssueType.NOTFOUND);
        assertThat(taskStatus(referralId)).isEqualTo(Task.TaskStatus.REQUESTED);
    }

    @Test
    void anUpdateThatDoesNotRevokeIsUnprocessableAndChangesNothing() {
        String referralId = referred();

        Api.Response response = fhir.post(FhirClients.EXAMPLE_PRACTICE_GP, FHIR_JSON,
                cancellationOf(referralId).replace("\"revoked\"", "\"active\""));

        assertThat(response.status()).isEqualTo(422);
        assertThat(FhirHttp.expressions(response.body())).containsExactly("Bundle.entry[1].resource.status");
        assertThat(taskStatus(referralId)).isEqualTo(Task.TaskStatus.REQUESTED);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "gp-no-practice, 403",
            "caseworker, 403",
            "manager, 403",
            "admin, 403",
            "dpo, 403",
            ", 401"})
    void onlyTheReferringPracticesGpCancels(String username, int status) {
        String referralId = referred();

        Api.Response response = fhir.post(username, FHIR_JSON, cancellationOf(referralId));

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body().get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(taskStatus(referralId)).isEqualTo(Task.TaskStatus.REQUESTED);
    }

    /** The Task's status once the read model has the referral (it follows the receipt a moment later). */
    private Task.TaskStatus taskStatus(String referralId) {
        return await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> gp.read().resource(Task.class).withId(referralId).execute(), task -> true)
                .getStatus();
    }

    private static void assertRefused(Runnable send, int status, OperationOutcome.IssueType code) {
        BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class, send::run);
        assertThat(refused).isNotNull();
        assertThat(refused.getStatusCode()).isEqualTo(status);
        assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssueFirstRep().getCode()).isEqualTo(code);
    }
}
