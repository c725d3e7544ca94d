package uk.wmpathways.caseservice.web;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker corrects a job start recorded wrongly, ended jobs included, over HTTP. That the enrolment and its
 * history then show the corrected start is tested end to end in caseworker-ui's EnrolmentJourneysApiTest.
 */
class JobStartCorrectionApiTest extends ApiTestSupport {

    /** A Thrive into Work participant outside the trial (no arm) with a job started six weeks ago; answers [enrolment, job]. */
    private String[] enrolmentWithAJob(String familyName) {
        Api caseworker = as("caseworker");
        Api.Response referred = caseworker.post(enrolmentsOf(registerParticipant(familyName)), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "WALSALL",
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION", "source", "SELF",
                "referredOn", TODAY.minusWeeks(10).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();
        assertThat(caseworker.post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of("eligible", true,
                "consentGiven", true, "recordedOn", TODAY.minusWeeks(9).toString())).status()).isEqualTo(200);
        Api.Response job = caseworker.post(enrolment(enrolmentId) + "/jobs", Map.of("employer", "Black Country Bakes",
                "jobTitle", "Baker", "sector", "MANUFACTURING", "hoursPerWeek", 16, "hourlyPay", 12.21,
                "startedOn", TODAY.minusWeeks(6).toString()));
        assertThat(job.status()).as(job.toString()).isEqualTo(201);
        return new String[] {enrolmentId, job.body().get("jobId").asText()};
    }

    private static String correctionOf(String enrolmentId, String jobId) {
        return enrolment(enrolmentId) + "/jobs/" + jobId + "/correction";
    }

    @Test
    void anEndedJobsStartIsCorrectedOnceForARetriedRequest() {
        String[] ids = enrolmentWithAJob("Correctiontest");
        String enrolmentId = ids[0];
        String jobId = ids[1];
        Api.Response ended = as("caseworker").post(enrolment(enrolmentId) + "/jobs/" + jobId + "/end",
                Map.of("reason", "RESIGNED", "endedOn", TODAY.minusWeeks(1).toString()));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

        String requestId = UUID.randomUUID().toString();
        Map<String, Object> correction = Map.of("startedOn", TODAY.minusWeeks(7).toString(), "hoursPerWeek", 20,
                "hourlyPay", "12.21", "reason", "The start date recorded was the offer date", "requestId", requestId,
                "expectedVersion", ended.body().get("version").asLong());
        Api.Response corrected = as("caseworker").post(correctionOf(enrolmentId, jobId), correction);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        long version = corrected.body().get("version").asLong();
        assertThat(version).isEqualTo(ended.body().get("version").asLong() + 1);
        Api.Response retried = as("caseworker").post(correctionOf(enrolmentId, jobId), correction);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("version").asLong()).as("nothing new recorded").isEqualTo(version);

        List<JobStartCorrected> corrections = eventsOf(enrolmentId).stream()
                .filter(JobStartCorrected.class::isInstance).map(JobStartCorrected.class::cast).toList();
        assertThat(corrections).hasSize(1);
        JobStartCorrected recorded = corrections.get(0);
        assertThat(recorded.jobId()).isEqualTo(jobId);
        assertThat(recorded.startedOn()).isEqualTo(TODAY.minusWeeks(7));
        assertThat(recorded.hoursPerWeek()).isEqualByComparingTo("20");
        assertThat(recorded.hourlyPay()).isEqualByComparingTo("12.21");
        assertThat(recorded.reason()).isEqualTo("The start date recorded was the offer date");
    }

    private static final Map<String, Object> A_VALID_CORRECTION = Map.of(
            "startedOn", TODAY.minusWeeks(6).toString(), "hoursPerWeek", 20, "hourlyPay", 12.21, "reason", "Typo");

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        String[] ids = enrolmentWithAJob("Correctionproblems");

        Api.Response nothing = as("caseworker").post(correctionOf(ids[0], ids[1]), Map.of(
                "startedOn", TODAY.minusWeeks(6).toString(), "hoursPerWeek", "16.0", "hourlyPay", 12.21,
                "reason", "Checked"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.contentType()).startsWith(PROBLEM_JSON);
        assertThat(messageFor(nothing.body(), "jobId")).startsWith("Nothing to correct");
    }

    @Test
    void aCorrectionWithoutHoursOrReasonIsRefusedWithEveryProblemAtOnce() {
        String[] ids = enrolmentWithAJob("Correctionproblems");

        Api.Response incomplete = as("caseworker").post(correctionOf(ids[0], ids[1]), Map.of(
                "startedOn", TODAY.plusDays(1).toString(), "hourlyPay", 0));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete.body()))
                .containsExactlyInAnyOrder("startedOn", "hoursPerWeek", "hourlyPay", "reason");
    }

    @Test
    void aCorrectionToAFutureStartOrNoPayIsRefusedPerField() {
        String[] ids = enrolmentWithAJob("Correctionproblems");

        Api.Response future = as("caseworker").post(correctionOf(ids[0], ids[1]), Map.of(
                "startedOn", TODAY.plusDays(1).toString(), "hoursPerWeek", 16, "hourlyPay", 0, "reason", "Typo"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future.body())).containsExactly("startedOn", "hourlyPay");
    }

    @Test
    void aCorrectionOfAnUnknownJobIsNotFound() {
        String[] ids = enrolmentWithAJob("Correctionproblems");

        Api.Response unknownJob = as("caseworker").post(correctionOf(ids[0], UUID.randomUUID().toString()),
                A_VALID_CORRECTION);
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aManagerMayNotCorrectAJobStart() {
        String[] ids = enrolmentWithAJob("Correctionproblems");

        Api.Response byAManager = as("manager").post(correctionOf(ids[0], ids[1]), A_VALID_CORRECTION);
        assertThat(byAManager.status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionHasTheCorrection() {
        var paths = as("caseworker").get("/v3/api-docs").body().get("paths");
        assertThat(paths.has("/api/enrolments/{enrolmentId}/jobs/{jobId}/correction")).isTrue();
    }
}
