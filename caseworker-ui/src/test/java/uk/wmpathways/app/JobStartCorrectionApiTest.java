package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker corrects a job start recorded wrongly, ended jobs included, over HTTP. */
class JobStartCorrectionApiTest extends EnrolmentApiTestSupport {

    /** A Thrive into Work participant with a trial arm and a job started six weeks ago; answers [enrolment, job]. */
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
        assertThat(caseworker.post(enrolment(enrolmentId) + "/trial-arm-allocation").status()).isEqualTo(200);
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
    void anEndedJobsStartIsCorrectedOnceForARetriedRequestAndTheEnrolmentShowsIt() {
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

        JsonNode shown = awaitEnrolment(enrolmentId, e -> e.path("version").asLong() == version);
        JsonNode job = shown.get("allJobs").get(0);
        assertThat(job.get("jobId").asText()).isEqualTo(jobId);
        assertThat(job.get("startedOn").asText()).isEqualTo(TODAY.minusWeeks(7).toString());
        assertThat(job.get("endedOn").asText()).isEqualTo(TODAY.minusWeeks(1).toString());
        assertThat(job.get("hoursPerWeek").decimalValue()).isEqualByComparingTo("20");
        assertThat(job.get("hourlyPay").decimalValue()).isEqualByComparingTo("12.21");
        assertThat(shown.get("currentJobs")).isEmpty();

        JsonNode history = awaitHistory(enrolmentId, 6);
        assertThat(texts(history, "text")).anySatisfy(text -> assertThat(text)
                .startsWith("Job start corrected: Baker, Black Country Bakes started ")
                .endsWith("20 hours a week, £12.21 an hour (The start date recorded was the offer date)"));
    }

    @Test
    void aCorrectionThatChangesNothingOrHasNoReasonIsRefusedAndAnUnknownJobIsNotFound() {
        String[] ids = enrolmentWithAJob("Correctionproblems");
        String enrolmentId = ids[0];
        String jobId = ids[1];

        Api.Response nothing = as("caseworker").post(correctionOf(enrolmentId, jobId), Map.of(
                "startedOn", TODAY.minusWeeks(6).toString(), "hoursPerWeek", "16.0", "hourlyPay", 12.21,
                "reason", "Checked"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.contentType()).startsWith(PROBLEM_JSON);
        assertThat(messageFor(nothing.body(), "jobId")).startsWith("Nothing to correct");

        Api.Response incomplete = as("caseworker").post(correctionOf(enrolmentId, jobId), Map.of(
                "startedOn", TODAY.plusDays(1).toString(), "hourlyPay", 0));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete.body())).containsExactly("hoursPerWeek", "reason");

        Api.Response future = as("caseworker").post(correctionOf(enrolmentId, jobId), Map.of(
                "startedOn", TODAY.plusDays(1).toString(), "hoursPerWeek", 16, "hourlyPay", 0, "reason", "Typo"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future.body())).containsExactly("startedOn", "hourlyPay");

        Api.Response unknownJob = as("caseworker").post(correctionOf(enrolmentId, UUID.randomUUID().toString()),
                Map.of("startedOn", TODAY.minusWeeks(6).toString(), "hoursPerWeek", 20, "hourlyPay", 12.21,
                        "reason", "Typo"));
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.contentType()).startsWith(PROBLEM_JSON);

        Api.Response byAManager = as("manager").post(correctionOf(enrolmentId, jobId), Map.of(
                "startedOn", TODAY.minusWeeks(6).toString(), "hoursPerWeek", 20, "hourlyPay", 12.21, "reason", "Typo"));
        assertThat(byAManager.status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionHasTheCorrection() {
        JsonNode paths = as(null).get("/v3/api-docs").body().get("paths");
        assertThat(paths.has("/api/enrolments/{enrolmentId}/jobs/{jobId}/correction")).isTrue();
    }
}
