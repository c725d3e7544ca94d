package uk.wmpathways.app;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.time.UkTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The referral's status as a FHIR Task, read with HAPI's generic client as the referral moves (the decisions'
 * events appended as the write side records them, the enrolment worked on through the API): status, statusReason,
 * businessStatus and the milestones, basedOn/focus/for/requester as identifiers; the ServiceRequest follows.
 * Only the practice's GP referrers read it: another practice's gets 404 or an empty search, other roles 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralTaskFhirTest extends EnrolmentApiTestSupport {

    private static final String FHIR_JSON = "application/fhir+json";
    /**
     * In the month in progress, which no report covers: a fixed day became last month's and put a practice line of a
     * few referrals into the GP referral report that other test classes of the application read.
     */
    private static final Instant RECEIVED = LocalDate.now(UkTime.ZONE).withDayOfMonth(1).atTime(9, 0)
            .atZone(UkTime.ZONE).toInstant();

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    private IGenericClient gp;
    private FhirHttp fhir;

    @BeforeAll
    void theGpReferrersOfTwoPractices() {
        FhirClients.addGpReferrers(accounts, encoder);
        gp = FhirClients.client(port, FhirClients.EXAMPLE_PRACTICE_GP);
        fhir = new FhirHttp(port);
    }

    private GpReferralEvents referral() {
        GpReferralEvents referral = new GpReferralEvents(eventStore, queries).received(RECEIVED);
        referral.awaitTaskStatus("requested");
        return referral;
    }

    private Task awaitTask(String referralId, Task.TaskStatus status) {
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> gp.read().resource(Task.class).withId(referralId).execute(),
                task -> task.getStatus() == status);
    }

    @Test
    void theTaskMovesAsTheReferralIsDecidedAndWorkedOn() {
        GpReferralEvents referral = referral();
        String id = referral.referralId();

        Task requested = gp.read().resource(Task.class).withId(id).execute();
        assertThat(requested.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(requested.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(requested.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + id);
        assertThat(requested.getFocus().getReference()).isEqualTo("ServiceRequest/" + id);
        assertThat(requested.getFor().getIdentifier().getValue()).isEqualTo(id);
        assertThat(requested.getRequester().getIdentifier().getSystem())
                .isEqualTo("https://fhir.nhs.uk/Id/ods-organization-code");
        assertThat(requested.getRequester().getIdentifier().getValue()).isEqualTo("Y90001");
        assertThat(requested.getAuthoredOn()).isEqualTo(Date.from(RECEIVED));
        assertThat(requested.getLastModified()).isEqualTo(Date.from(RECEIVED));
        assertThat(requested.hasBusinessStatus()).isFalse();

        referral.opened(RECEIVED.plusSeconds(60));
        assertThat(awaitTask(id, Task.TaskStatus.RECEIVED).getLastModified())
                .isEqualTo(Date.from(RECEIVED.plusSeconds(60)));

        String participantId = registerParticipant("Gptask");
        String enrolmentId = referredByTheGp(participantId);
        referral.accepted(participantId, enrolmentId, RECEIVED.plusSeconds(120));
        awaitTask(id, Task.TaskStatus.ACCEPTED);

        step(enrolmentId, "/eligibility-and-consent", Map.of("eligible", true, "consentGiven", true,
                "recordedOn", TODAY.minusWeeks(3).toString()));
        step(enrolmentId, "/contacts", Map.of("type", "FACE_TO_FACE", "durationMinutes", 30,
                "contactedOn", TODAY.minusWeeks(2).toString()));
        Task inProgress = await().atMost(Duration.ofSeconds(15)).until(
                () -> gp.read().resource(Task.class).withId(id).execute(), Task::hasBusinessStatus);
        assertThat(inProgress.getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(inProgress.getBusinessStatus().getCodingFirstRep().getCode())
                .isEqualTo("seen-by-employment-specialist");
        assertThat(inProgress.getBusinessStatus().getText()).isEqualTo("Seen by an employment specialist");
        assertThat(inProgress.getOutputFirstRep().getValue().primitiveValue())
                .isEqualTo(TODAY.minusWeeks(2).toString());

        step(enrolmentId, "/closure", Map.of("reason", "DISENGAGED", "closedOn", TODAY.toString()));
        awaitTask(id, Task.TaskStatus.COMPLETED);
        ServiceRequest request = gp.read().resource(ServiceRequest.class).withId(id).execute();
        assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        String json = gp.getFhirContext().newJsonParser().encodeResourceToString(
                gp.read().resource(Task.class).withId(id).execute());
        assertThat(json).as("nothing personal, no trial arm").doesNotContain("Alexis").doesNotContain("9434765919")
                .doesNotContain("trial");
    }

    @Test
    void aRejectedReferralsTaskSaysWhyAndItsServiceRequestIsRevoked() {
        GpReferralEvents referral = referral().rejected(GpReferralRejectionReason.NOT_ELIGIBLE,
                RECEIVED.plusSeconds(30));

        Task rejected = awaitTask(referral.referralId(), Task.TaskStatus.REJECTED);

        assertThat(rejected.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("not-eligible");
        assertThat(rejected.getStatusReason().getText()).isEqualTo("Not eligible for Thrive into Work");
        assertThat(gp.read().resource(ServiceRequest.class).withId(referral.referralId()).execute().getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    }

    @Test
    void aCancelledReferralsServiceRequestIsRevoked() {
        GpReferralEvents referral = referral().cancelled(RECEIVED.plusSeconds(30));

        awaitTask(referral.referralId(), Task.TaskStatus.CANCELLED);

        assertThat(gp.read().resource(ServiceRequest.class).withId(referral.referralId()).execute().getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    }

    @Test
    void theTaskIsFoundByTheReferralItIsBasedOn() {
        String id = referral().referralId();

        Bundle found = gp.search().forResource(Task.class).where(Task.BASED_ON.hasId("ServiceRequest/" + id))
                .returnBundle(Bundle.class).execute();
        Bundle other = FhirClients.client(port, FhirClients.OTHER_PRACTICE_GP).search().forResource(Task.class)
                .where(Task.BASED_ON.hasId("ServiceRequest/" + id)).returnBundle(Bundle.class).execute();
        Bundle unknown = gp.search().forResource(Task.class).where(Task.BASED_ON.hasId("ServiceRequest/no-such"))
                .returnBundle(Bundle.class).execute();
        Bundle practices = gp.search().forResource(Task.class).count(500).returnBundle(Bundle.class).execute();

        assertThat(found.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(found.getTotal()).isEqualTo(1);
        assertThat(found.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo(id);
        assertThat(found.getEntryFirstRep().getFullUrl()).endsWith("/fhir/Task/" + id);
        assertThat(other.getTotal()).as("another practice's: an empty search").isZero();
        assertThat(unknown.getTotal()).isZero();
        assertThat(practices.getEntry()).extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .contains(id);
    }

    @Test
    void aSearchBasedOnSomethingElseIsABadRequest() {
        Api.Response response = fhir.get(FhirClients.EXAMPLE_PRACTICE_GP, "/fhir/Task?based-on=Patient/1");
        Api.Response badCount = fhir.get(FhirClients.EXAMPLE_PRACTICE_GP, "/fhir/Task?_count=0");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("issue").get(0).path("code").asText()).isEqualTo("invalid");
        assertThat(badCount.status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} ({4}): read {1}, search {2}, list {3}")
    @CsvSource({
            "gp-y90002, 404, 200, 200, GP referrer of another practice",
            "gp-no-practice, 404, 200, 403, GP referrer linked to no practice",
            "caseworker, 403, 403, 403, caseworker of DEMO-SUPPORT",
            "outreach, 403, 403, 403, caseworker of STREET-OUTREACH",
            "manager, 403, 403, 403, programme manager",
            "admin, 403, 403, 403, administrator",
            "dpo, 403, 403, 403, data protection officer",
            ", 401, 401, 401, nobody signed in"})
    void onlyThePracticesGpReadsTheTask(String username, int readStatus, int searchStatus, int listStatus,
                                        String who) {
        String id = referral().referralId();

        Api.Response read = fhir.get(username, "/fhir/Task/" + id);
        Api.Response search = fhir.get(username, "/fhir/Task?based-on=ServiceRequest/" + id);
        Api.Response list = fhir.get(username, "/fhir/Task");

        assertThat(read.status()).as(who).isEqualTo(readStatus);
        assertThat(read.contentType()).startsWith(FHIR_JSON);
        assertThat(read.body().get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(read.body().toString()).doesNotContain("Y90001");
        assertThat(search.status()).as(who).isEqualTo(searchStatus);
        assertThat(search.body().path("entry").isMissingNode()).as("nothing found").isTrue();
        assertThat(list.status()).as(who).isEqualTo(listStatus);
        assertThat(list.body().toString()).doesNotContain(id);
    }

    @Test
    void theCapabilityStatementListsTheTask() {
        CapabilityStatement statement = FhirClients.client(port, null).capabilities().ofType(CapabilityStatement.class)
                .execute();

        CapabilityStatement.CapabilityStatementRestResourceComponent task = statement.getRestFirstRep()
                .getResource().stream().filter(resource -> resource.getType().equals("Task")).findFirst()
                .orElseThrow();
        assertThat(task.getInteraction()).extracting(interaction -> interaction.getCode().toCode())
                .containsExactly("read", "search-type");
        assertThat(task.getSearchParam()).extracting(param -> param.getName()).contains("based-on");
    }

    private String referredByTheGp(String participantId) {
        Api.Response referred = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION", "assignedWorker", "caseworker", "source", "GP",
                "referrerOdsCode", "Y90001", "referredOn", TODAY.minusWeeks(4).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.body().get("enrolmentId").asText();
    }

    private void step(String enrolmentId, String path, Map<String, Object> body) {
        Api.Response response = as("caseworker").post(enrolment(enrolmentId) + path, body);
        assertThat(response.status()).as(path + ": " + response).isBetween(200, 201);
    }
}
