package uk.wmpathways.app;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.Milestone;
import uk.wmpathways.infra.time.UkTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gp_referral_status projection (embedded MongoDB, the whole application's context): the Task status through
 * the decisions, then the accepted enrolment's milestones as it is worked on through the API, nothing personal, the
 * trial arm kept but not shown, and a replay that writes the same documents.
 */
class GpReferralStatusProjectionTest extends EnrolmentApiTestSupport {

    /**
     * In the month in progress, which no report covers: a fixed day became last month's and put a practice line of a
     * few referrals into the GP referral report that other test classes of the application read.
     */
    private static final Instant RECEIVED = LocalDate.now(UkTime.ZONE).withDayOfMonth(1).atTime(9, 0)
            .atZone(UkTime.ZONE).toInstant();

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventProcessingConfiguration processing;

    private GpReferralEvents referral() {
        return new GpReferralEvents(eventStore, queries).received(RECEIVED);
    }

    @Test
    void aReferralMovesThroughTheWorkflowAndGathersMilestonesAsItsEnrolmentIsWorkedOn() {
        GpReferralEvents referral = referral();
        GpReferralStatus requested = referral.awaitTaskStatus("requested");
        assertThat(requested.lastModified()).isEqualTo(RECEIVED);
        assertThat(requested.businessStatus()).isNull();

        referral.opened(RECEIVED.plusSeconds(60));
        assertThat(referral.awaitTaskStatus("received").openedAt()).isEqualTo(RECEIVED.plusSeconds(60));

        String participantId = registerParticipant("Gpstatus");
        String enrolmentId = referredByTheGp(participantId);
        referral.accepted(participantId, enrolmentId, RECEIVED.plusSeconds(120));
        GpReferralStatus accepted = referral.awaitTaskStatus("accepted");
        assertThat(accepted.enrolmentId()).isEqualTo(enrolmentId);
        assertThat(accepted.lastModified()).isEqualTo(RECEIVED.plusSeconds(120));

        step(enrolmentId, "/eligibility-and-consent", Map.of("eligible", true, "consentGiven", true,
                "recordedOn", TODAY.minusWeeks(19).toString()));
        assertThat(referral.awaitTaskStatus("in-progress").businessStatus()).isNull();

        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            step(enrolmentId, "/trial-arm-allocation", Map.of("allocatedOn", TODAY.minusWeeks(19).toString()));
        } finally {
            trialArms.clear();
        }
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "TREATMENT".equals(document(referral).getString("trialArm")));
        assertThat(GpReferralEvents.statusFor(queries, referral.referralId(), "Y90001").orElseThrow().trialArm())
                .as("kept, but not shown to the referrer (show-trial-arm is off)").isNull();

        step(enrolmentId, "/contacts", Map.of("type", "ATTEMPTED", "durationMinutes", 5,
                "contactedOn", TODAY.minusWeeks(19).toString()));
        step(enrolmentId, "/contacts", Map.of("type", "PHONE", "durationMinutes", 20,
                "contactedOn", TODAY.minusWeeks(18).toString()));
        GpReferralStatus seen = referral.awaitStatus(status -> status.businessStatus() != null);
        assertThat(seen.businessStatus()).isEqualTo(Milestone.SEEN_BY_EMPLOYMENT_SPECIALIST);
        assertThat(seen.milestones().seenOn()).as("an attempted contact is not being seen")
                .isEqualTo(TODAY.minusWeeks(18));

        String jobId = jobStarted(enrolmentId, 16);
        assertThat(referral.awaitStatus(status -> status.businessStatus() == Milestone.STARTED_WORK)
                .milestones().startedWorkOn()).isEqualTo(TODAY.minusWeeks(14));

        step(enrolmentId, "/jobs/" + jobId + "/sustainment-checks", Map.of("weeksAfterStart", 13,
                "checkedOn", TODAY.toString()));
        assertThat(referral.awaitStatus(status -> status.businessStatus() == Milestone.IN_WORK_AT_13_WEEKS)
                .milestones().inWorkAt13WeeksOn()).isEqualTo(TODAY);

        step(enrolmentId, "/closure", Map.of("reason", "SUSTAINED_EMPLOYMENT", "closedOn", TODAY.toString()));
        GpReferralStatus completed = referral.awaitTaskStatus("completed");
        assertThat(completed.milestones().closedOn()).isEqualTo(TODAY);
        assertThat(completed.businessStatus()).isEqualTo(Milestone.IN_WORK_AT_13_WEEKS);
        assertThat(document(referral).toJson()).as("nothing personal").doesNotContain("Alexis")
                .doesNotContain("Example").doesNotContain("9434765919").doesNotContain("B1 1AA")
                .doesNotContain("Midland");
    }

    @Test
    void anEnrolmentWorkedOnBeforeTheAcceptanceIsSeenIsFollowedAllTheSame() {
        GpReferralEvents referral = referral();
        String participantId = registerParticipant("Gpstatus");
        String enrolmentId = referredByTheGp(participantId, "THRIVE_INTO_WORK_EXPANSION");
        step(enrolmentId, "/eligibility-and-consent", Map.of("eligible", true, "consentGiven", true,
                "recordedOn", TODAY.minusWeeks(19).toString()));
        step(enrolmentId, "/contacts", Map.of("type", "FACE_TO_FACE", "durationMinutes", 30,
                "contactedOn", TODAY.minusWeeks(18).toString()));
        jobStarted(enrolmentId, 3);
        awaitHistory(enrolmentId, 4);

        referral.accepted(participantId, enrolmentId, Instant.now());

        GpReferralStatus status = referral.awaitTaskStatus("in-progress");
        assertThat(status.milestones().seenOn()).isEqualTo(TODAY.minusWeeks(18));
        assertThat(status.milestones().startedWorkOn()).as("under 4 hours a week is not a job start").isNull();
        assertThat(status.businessStatus()).isEqualTo(Milestone.SEEN_BY_EMPLOYMENT_SPECIALIST);
    }

    @Test
    void aRejectionCarriesItsCodedReasonAndNotTheNote() {
        GpReferralEvents referral = referral().opened(RECEIVED.plusSeconds(10))
                .rejected(GpReferralRejectionReason.COULD_NOT_CONTACT, RECEIVED.plusSeconds(20));

        GpReferralStatus rejected = referral.awaitTaskStatus("rejected");

        assertThat(rejected.rejectionReason()).isEqualTo("could-not-contact");
        assertThat(rejected.rejectionReasonText()).isEqualTo("The person could not be contacted");
        assertThat(rejected.lastModified()).isEqualTo(RECEIVED.plusSeconds(20));
        assertThat(document(referral).toJson()).doesNotContain("A note about the person");
    }

    @Test
    void aCancellationIsFinal() {
        GpReferralEvents referral = referral().cancelled(RECEIVED.plusSeconds(30));

        GpReferralStatus cancelled = referral.awaitTaskStatus("cancelled");

        assertThat(cancelled.cancelledAt()).isEqualTo(RECEIVED.plusSeconds(30));
        assertThat(cancelled.isDecided()).isTrue();
    }

    @Test
    void anotherPracticesGpReadsNothing() {
        GpReferralEvents referral = referral();
        referral.awaitTaskStatus("requested");

        assertThat(GpReferralEvents.statusFor(queries, referral.referralId(), "Y90002")).isEmpty();
    }

    @Test
    void aReplayWritesTheSameDocuments() {
        GpReferralEvents referral = referral().opened(RECEIVED.plusSeconds(10));
        String participantId = registerParticipant("Gpreplay");
        String enrolmentId = referredByTheGp(participantId);
        referral.accepted(participantId, enrolmentId, RECEIVED.plusSeconds(20));
        step(enrolmentId, "/contacts", Map.of("type", "VIDEO", "durationMinutes", 15,
                "contactedOn", TODAY.minusWeeks(18).toString()));
        referral.awaitStatus(status -> status.businessStatus() == Milestone.SEEN_BY_EMPLOYMENT_SPECIALIST);
        Document before = document(referral);

        TrackingEventProcessor processor = processing.eventProcessor("gp-referral-status",
                TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isReplaying()
                && document(referral) != null && document(referral).equals(before));

        assertThat(document(referral)).isEqualTo(before);
    }

    /** A trial-funded Thrive into Work enrolment referred by the example practice; answers its id. */
    private String referredByTheGp(String participantId) {
        return referredByTheGp(participantId, "THRIVE_INTO_WORK_TRIAL");
    }

    private String referredByTheGp(String participantId, String fundingStream) {
        Api.Response referred = as("caseworker").post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", fundingStream, "assignedWorker", "caseworker", "source", "GP",
                "referrerOdsCode", "Y90001", "referredOn", TODAY.minusWeeks(20).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.body().get("enrolmentId").asText();
    }

    private String jobStarted(String enrolmentId, int hoursPerWeek) {
        Api.Response job = as("caseworker").post(enrolment(enrolmentId) + "/jobs", Map.of(
                "employer", "Midland Bakeries Ltd", "jobTitle", "Production operative", "sector", "manufacturing",
                "hoursPerWeek", hoursPerWeek, "hourlyPay", 12.21, "startedOn", TODAY.minusWeeks(14).toString()));
        assertThat(job.status()).as(job.toString()).isEqualTo(201);
        return job.body().get("jobId").asText();
    }

    private void step(String enrolmentId, String path, Map<String, Object> body) {
        Api.Response response = as("caseworker").post(enrolment(enrolmentId) + path, body);
        assertThat(response.status()).as(path + ": " + response).isBetween(200, 201);
    }

    private Document document(GpReferralEvents referral) {
        return mongo.getCollection("gp_referral_status").find(new Document("_id", referral.referralId())).first();
    }
}
