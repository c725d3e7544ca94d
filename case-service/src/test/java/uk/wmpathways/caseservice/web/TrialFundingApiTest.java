package uk.wmpathways.caseservice.web;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP: an enrolment outside the trial is never randomised (422) and records IPS steps and jobs at once. */
class TrialFundingApiTest extends ApiTestSupport {

    private String consentedToTheExpansion(String familyName) {
        Api caseworker = as("caseworker");
        Api.Response referred = caseworker.post(enrolmentsOf(registerParticipant(familyName)), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "SANDWELL",
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION", "source", "SELF", "referredOn", TODAY.toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();
        Api.Response consented = caseworker.post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of(
                "eligible", true, "consentGiven", true, "recordedOn", TODAY.toString()));
        assertThat(consented.status()).as(consented.toString()).isEqualTo(200);
        return enrolmentId;
    }

    @Test
    void anEnrolmentOutsideTheTrialIsNeverRandomised() {
        String enrolmentId = consentedToTheExpansion("Expansiontest");

        Api.Response refused = as("caseworker").post(enrolment(enrolmentId) + "/trial-arm-allocation", Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.body().get("step").asText()).isEqualTo("ALLOCATE_TRIAL_ARM");
        assertThat(refused.body().get("detail").asText())
                .startsWith("Only trial-funded enrolments are randomised")
                .contains("Thrive into Work expansion");
        assertThat(eventsOf(enrolmentId)).hasExactlyElementsOfTypes(ReferredToThriveIntoWork.class,
                EligibilityAndConsentRecorded.class);
    }

    @Test
    void anEnrolmentOutsideTheTrialRecordsAJobStartRightAfterConsent() {
        String enrolmentId = consentedToTheExpansion("Expansiontest");

        Api.Response job = as("caseworker").post(enrolment(enrolmentId) + "/jobs", Map.of("employer", "Acme Ltd",
                "jobTitle", "Packer", "sector", "LOGISTICS", "hoursPerWeek", 16, "hourlyPay", 12.21,
                "startedOn", TODAY.toString()));

        assertThat(job.status()).as(job.toString()).isEqualTo(201);
        assertThat(job.body().has("trialArm") && !job.body().get("trialArm").isNull()).isFalse();
        assertThat(eventsOf(enrolmentId)).last().isInstanceOf(JobStarted.class);
    }
}
