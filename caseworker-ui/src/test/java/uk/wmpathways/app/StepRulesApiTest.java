package uk.wmpathways.app;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field rules of the steps as the REST API answers them: the aggregate's own rules and words (the API does
 * not check them again), and, when the API itself cannot read a field, listed beside that field's problem.
 */
class StepRulesApiTest extends EnrolmentApiTestSupport {

    /** A Thrive into Work enrolment outside the trial (no arm) after consent: a job start can be recorded. */
    private String enrolmentReadyForAJob(String familyName) {
        Api caseworker = as("caseworker");
        Api.Response referred = caseworker.post(enrolmentsOf(registerParticipant(familyName)), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "WALSALL",
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION", "source", "SELF",
                "referredOn", TODAY.minusWeeks(10).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();
        assertThat(caseworker.post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of("eligible", true,
                "consentGiven", true, "recordedOn", TODAY.minusWeeks(9).toString())).status()).isEqualTo(200);
        return enrolmentId;
    }

    private static Map<String, Object> jobStart(String sector, String hourlyPay) {
        Map<String, Object> body = new HashMap<>(Map.of("employer", "Black Country Bakes", "jobTitle", "Baker",
                "hoursPerWeek", 16, "hourlyPay", new BigDecimal(hourlyPay),
                "startedOn", TODAY.minusWeeks(6).toString()));
        body.put("sector", sector);
        return body;
    }

    @Test
    void anHourlyPayWithMoreThanTwoDecimalPlacesIsRefusedOnTheHourlyPay() {
        String enrolmentId = enrolmentReadyForAJob("Payruletest");

        Api.Response refused = as("caseworker").post(enrolment(enrolmentId) + "/jobs",
                jobStart("MANUFACTURING", "12.345"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(refused.body())).containsExactly("hourlyPay");
        assertThat(messageFor(refused.body(), "hourlyPay"))
                .isEqualTo("Hourly pay is in pounds and pence: at most 2 decimal places");

        Api.Response accepted = as("caseworker").post(enrolment(enrolmentId) + "/jobs",
                jobStart("MANUFACTURING", "12.34"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.body().get("jobId").asText()).isNotBlank();
    }

    @Test
    void anUnknownCodeIsListedWithTheRuleProblemsOfTheOtherFields() {
        String enrolmentId = enrolmentReadyForAJob("Mixedtest");

        Api.Response refused = as("caseworker").post(enrolment(enrolmentId) + "/jobs",
                jobStart("baking", "12.345"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("sector", "hourlyPay");
        assertThat(messageFor(refused.body(), "sector")).startsWith("Unknown sector: use one of ");
        assertThat(messageFor(refused.body(), "hourlyPay"))
                .isEqualTo("Hourly pay is in pounds and pence: at most 2 decimal places");
    }

    @Test
    void aContactLongerThanTheLimitIsRefusedInTheRulesOwnWords() {
        String enrolmentId = referToHousingFirst("Minutestest");

        Api.Response refused = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 601, "contactedOn", TODAY.toString()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactly("durationMinutes");
        assertThat(messageFor(refused.body(), "durationMinutes")).isEqualTo("Duration must be from 1 to 600 minutes");

        Api.Response noRequestId = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.toString()));
        Api.Response again = as("caseworker").post(enrolment(enrolmentId) + "/contacts", Map.of(
                "type", "PHONE", "durationMinutes", 10, "contactedOn", TODAY.toString()));
        assertThat(noRequestId.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("contactId").asText())
                .as("without a request id nothing is a retry: each is a contact of its own")
                .isNotEqualTo(noRequestId.body().get("contactId").asText());
        assertThat(again.body().get("version").asLong()).isEqualTo(noRequestId.body().get("version").asLong() + 1);
    }
}
