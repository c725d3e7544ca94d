package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One full journey per pathway over HTTP (Thrive into Work once per trial arm), each ending with the enrolment,
 * its history and the caseload as the read models show them; and a corrected job start as the enrolment shows it.
 * Refusals and what a request records are tested in case-service, beside its controllers.
 */
class EnrolmentJourneysApiTest extends EnrolmentApiTestSupport {

    @Test
    void housingFirstReferralAcceptedHousedAndCheckedAtTwelveMonths() {
        String participantId = registerParticipant("Hfjourney");
        Api caseworker = as("caseworker");

        Api.Response referred = caseworker.post(enrolmentsOf(participantId), Map.of(
                "pathway", "housing_first", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "walsall",
                "assignedWorker", "caseworker", "source", "hostel", "referredOn", TODAY.minusMonths(14).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();
        assertThat(referred.location()).isEqualTo("http://localhost:" + port + "/api/enrolments/" + enrolmentId);

        Api.Response accepted = caseworker.post(enrolment(enrolmentId) + "/eligibility-assessment", Map.of(
                "accepted", true, "assessedOn", TODAY.minusMonths(14).plusDays(3).toString()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body().get("enrolmentId").asText()).isEqualTo(enrolmentId);
        assertThat(accepted.body().get("version").asLong()).isGreaterThan(referred.body().get("version").asLong());

        Api.Response tenancy = caseworker.post(enrolment(enrolmentId) + "/tenancies", Map.of(
                "property", "Flat 2, 4 Elm Road, Walsall", "landlordType", "SOCIAL",
                "startedOn", TODAY.minusMonths(13).toString()));
        assertThat(tenancy.status()).as(tenancy.toString()).isEqualTo(201);
        String tenancyId = tenancy.body().get("tenancyId").asText();
        assertThat(tenancy.location()).endsWith("/api/enrolments/" + enrolmentId);

        Api.Response checked = caseworker.post(
                enrolment(enrolmentId) + "/tenancies/" + tenancyId + "/sustainment-checks",
                Map.of("monthsAfterStart", 12, "checkedOn", TODAY.toString()));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);

        JsonNode housed = awaitEnrolment(enrolmentId, e -> e.path("currentTenancy").path("outstandingCheckMonths")
                .toString().equals("[24]"));
        assertThat(housed.get("stage").asText()).isEqualTo("HOUSED");
        assertThat(housed.get("currentTenancy").get("tenancyId").asText()).isEqualTo(tenancyId);
        assertThat(housed.get("version").asLong()).isEqualTo(checked.body().get("version").asLong());

        JsonNode history = awaitHistory(enrolmentId, 4);
        assertThat(history).hasSize(4);
        assertThat(texts(history, "recordedBy")).containsOnly("caseworker");
        assertThat(texts(history, "occurredOn")).as("newest first").containsExactly(TODAY.toString(),
                TODAY.minusMonths(13).toString(), TODAY.minusMonths(14).plusDays(3).toString(),
                TODAY.minusMonths(14).toString());

        await().until(() -> texts(caseworker.get("/api/caseload?pathway=HOUSING_FIRST&stage=housed").body()
                .get("enrolments"), "enrolmentId").contains(enrolmentId));
        JsonNode caseload = caseworker.get("/api/caseload?pathway=HOUSING_FIRST&stage=housed").body();
        assertThat(caseload.get("countsByStage").get("HOUSED").asLong()).isPositive();
        assertThat(texts(caseworker.get(enrolmentsOf(participantId)).body(), "enrolmentId"))
                .containsExactly(enrolmentId);

        String inTwoYears = TODAY.plusYears(2).toString();
        await().until(() -> dueKinds(caseworker.get("/api/due?dueBy=" + inTwoYears).body(), enrolmentId)
                .contains("TENANCY_SUSTAINMENT_CHECK"));
        assertThat(dueKinds(as("caseworker2").get("/api/due?organisation=demo-support&dueBy=" + inTwoYears).body(),
                enrolmentId)).as("the organisation's list, to a colleague").contains("TENANCY_SUSTAINMENT_CHECK");
        assertThat(as("admin").get("/api/due?organisation=demo-support").status())
                .as("an administrator reads no case content").isEqualTo(403);
        assertThat(dueKinds(caseworker.get("/api/due").body(), enrolmentId))
                .as("the 24-month check is not due within the default 14 days")
                .doesNotContain("TENANCY_SUSTAINMENT_CHECK");
    }

    private static List<String> dueKinds(JsonNode due, String enrolmentId) {
        List<String> kinds = new ArrayList<>();
        due.forEach(entry -> {
            if (entry.get("enrolmentId").asText().equals(enrolmentId)) {
                kinds.add(entry.get("item").get("kind").asText());
            }
        });
        return kinds;
    }

    @Test
    void roughSleepingOutreachContactThenEmergencyAccommodationThenMoveOn() {
        String participantId = registerParticipant("Rsijourney");
        Api outreach = as("outreach");

        Api.Response contacted = outreach.post(enrolmentsOf(participantId), Map.of(
                "pathway", "ROUGH_SLEEPING_INITIATIVE", "providerOrganisation", "STREET-OUTREACH",
                "localAuthority", "BIRMINGHAM", "assignedWorker", "outreach",
                "contactedOn", TODAY.minusDays(10).toString(), "location", "Digbeth, under the railway arches",
                "verifiedRoughSleeper", true));
        assertThat(contacted.status()).as(contacted.toString()).isEqualTo(201);
        String enrolmentId = contacted.body().get("enrolmentId").asText();

        Api.Response placed = outreach.post(enrolment(enrolmentId) + "/emergency-placements", Map.of(
                "accommodationType", "HUB", "accommodationName", "Central assessment hub",
                "placedOn", TODAY.minusDays(9).toString()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.body().get("placementId").asText()).isNotBlank();

        Api.Response movedOn = outreach.post(enrolment(enrolmentId) + "/move-ons", Map.of(
                "kind", "SETTLED_ACCOMMODATION", "destination", "Supported flat, Coventry",
                "intendedToLastSixMonthsOrMore", true, "movedOn", TODAY.toString()));
        assertThat(movedOn.status()).as(movedOn.toString()).isEqualTo(200);

        JsonNode enrolment = awaitEnrolment("outreach", enrolmentId, e -> e.get("stage").asText().equals("MOVED_ON"));
        assertThat(enrolment.get("pathway").asText()).isEqualTo("ROUGH_SLEEPING_INITIATIVE");
        assertThat(enrolment.get("fundingStream").asText()).as("the pathway's only funding stream")
                .isEqualTo("ROUGH_SLEEPING_INITIATIVE");
        assertThat(awaitHistory("outreach", enrolmentId, 3)).hasSize(3);
        assertThat(texts(outreach.get("/api/caseload").body().get("enrolments"), "enrolmentId")).contains(enrolmentId);
    }

    /** A Thrive into Work referral by a GP, then eligibility and consent, then the arm drawn; answers the enrolment. */
    private String allocatedToTheTrial(String participantId, Api specialist, TrialArm armToDraw) {
        Api.Response referred = specialist.post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "THRIVE_INTO_WORK_TRIAL", "assignedWorker", "caseworker2", "source", "GP",
                "referrerOdsCode", "M85001", "referredOn", TODAY.minusWeeks(20).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();

        Api.Response consented = specialist.post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of(
                "eligible", true, "consentGiven", true, "recordedOn", TODAY.minusWeeks(19).toString()));
        assertThat(consented.status()).as(consented.toString()).isEqualTo(200);

        trialArms.drawNext(armToDraw);
        Api.Response allocated = specialist.post(enrolment(enrolmentId) + "/trial-arm-allocation",
                Map.of("allocatedOn", TODAY.minusWeeks(19).toString()));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        assertThat(allocated.body().get("trialArm").asText()).isEqualTo(armToDraw.name());
        return enrolmentId;
    }

    /** A job started 14 weeks ago and its 13-week check, then the enrolment in work, its history and caseloads. */
    private void jobStartAndThirteenWeekCheck(String enrolmentId, Api specialist, TrialArm arm, int stepsBefore) {
        Api.Response job = specialist.post(enrolment(enrolmentId) + "/jobs", Map.of(
                "employer", "Midland Bakeries Ltd", "jobTitle", "Production operative", "sector", "manufacturing",
                "hoursPerWeek", 16, "hourlyPay", 12.21, "startedOn", TODAY.minusWeeks(14).toString()));
        assertThat(job.status()).as(job.toString()).isEqualTo(201);
        String jobId = job.body().get("jobId").asText();

        Api.Response checked = specialist.post(enrolment(enrolmentId) + "/jobs/" + jobId + "/sustainment-checks",
                Map.of("weeksAfterStart", 13, "checkedOn", TODAY.toString()));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        int steps = stepsBefore + 2;

        JsonNode inWork = awaitEnrolment(enrolmentId, e -> e.path("currentJobs").path(0)
                .path("outstandingCheckWeeks").toString().equals("[26]"));
        assertThat(inWork.get("stage").asText()).isEqualTo("IN_WORK");
        assertThat(inWork.get("trialArm").asText()).isEqualTo(arm.name());
        assertThat(inWork.get("currentJobs").get(0).get("jobId").asText()).isEqualTo(jobId);

        assertThat(awaitHistory(enrolmentId, steps)).hasSize(steps);
        await().until(() -> texts(specialist.get("/api/caseload?pathway=thrive_into_work").body().get("enrolments"),
                "enrolmentId").contains(enrolmentId));
        assertThat(texts(as("caseworker").get("/api/caseload?worker=caseworker2").body().get("enrolments"),
                "enrolmentId")).contains(enrolmentId);
    }

    @Test
    void thriveIntoWorkTreatmentArmWithEmployerContactJobStartAndThirteenWeekCheck() {
        String participantId = registerParticipant("Tiwjourney");
        Api specialist = as("caseworker2");
        String enrolmentId = allocatedToTheTrial(participantId, specialist, TrialArm.TREATMENT);

        Api.Response employerContact = specialist.post(enrolment(enrolmentId) + "/employer-contacts", Map.of(
                "employer", "Midland Bakeries Ltd", "faceToFace", true,
                "contactedOn", TODAY.minusWeeks(18).toString()));
        assertThat(employerContact.status()).as(employerContact.toString()).isEqualTo(201);
        assertThat(employerContact.body().get("employerContactId").asText()).isNotBlank();

        jobStartAndThirteenWeekCheck(enrolmentId, specialist, TrialArm.TREATMENT, 4);
    }

    @Test
    void aPersonsSecondTrialEnrolmentKeepsTheArmOfTheFirstAndSaysSo() {
        String participantId = registerParticipant("Tiwjourney");
        Api specialist = as("caseworker2");
        String first = allocatedToTheTrial(participantId, specialist, TrialArm.CONTROL);
        Api.Response closed = specialist.post(enrolment(first) + "/closure", Map.of("reason", "DISENGAGED",
                "closedOn", TODAY.minusWeeks(18).toString()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        Api.Response referred = specialist.post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "THRIVE_INTO_WORK_TRIAL", "source", "SELF",
                "referredOn", TODAY.minusWeeks(4).toString()));
        String second = referred.body().get("enrolmentId").asText();
        assertThat(specialist.post(enrolment(second) + "/eligibility-and-consent", Map.of("eligible", true,
                "consentGiven", true, "recordedOn", TODAY.minusWeeks(3).toString())).status()).isEqualTo(200);
        trialArms.drawNext(TrialArm.TREATMENT);
        try {
            Api.Response allocated = specialist.post(enrolment(second) + "/trial-arm-allocation", Map.of());
            assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
            assertThat(allocated.body().get("trialArm").asText()).as("one arm for life").isEqualTo("CONTROL");
        } finally {
            trialArms.clear();
        }

        JsonNode shown = awaitEnrolment(second, e -> e.path("trialArm").asText().equals("CONTROL"));
        assertThat(shown.get("enrolledOn").asText()).as("in the trial, enrolled on the allocation day")
                .isEqualTo(TODAY.toString());
        assertThat(texts(awaitHistory(second, 3), "text")).anySatisfy(text -> assertThat(text)
                .contains("the arm of an earlier trial enrolment"));
    }

    @Test
    void thriveIntoWorkControlArmIsOfferedNoIpsStepsButRecordsAJobStartAndThirteenWeekCheck() {
        String participantId = registerParticipant("Tiwjourney");
        Api specialist = as("caseworker2");
        String enrolmentId = allocatedToTheTrial(participantId, specialist, TrialArm.CONTROL);

        JsonNode allocated = awaitEnrolment(enrolmentId, e -> e.path("trialArm").asText().equals("CONTROL"));
        assertThat(values(allocated.get("allowedSteps"))).as("IPS support is for the treatment arm only")
                .doesNotContain("RECORD_EMPLOYER_CONTACT", "COMPLETE_VOCATIONAL_PROFILE");
        Api.Response employerContact = specialist.post(enrolment(enrolmentId) + "/employer-contacts", Map.of(
                "employer", "Midland Bakeries Ltd", "faceToFace", true,
                "contactedOn", TODAY.minusWeeks(18).toString()));
        assertThat(employerContact.status()).as(employerContact.toString()).isEqualTo(409);

        jobStartAndThirteenWeekCheck(enrolmentId, specialist, TrialArm.CONTROL, 3);
    }

    @Test
    void aCorrectedJobStartShowsInTheEnrolmentAndItsHistory() {
        Api caseworker = as("caseworker");
        Api.Response referred = caseworker.post(enrolmentsOf(registerParticipant("Correctiontest")), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "WALSALL",
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION", "source", "SELF",
                "referredOn", TODAY.minusWeeks(10).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();
        assertThat(caseworker.post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of("eligible", true,
                "consentGiven", true, "recordedOn", TODAY.minusWeeks(9).toString())).status()).isEqualTo(200);
        Api.Response started = caseworker.post(enrolment(enrolmentId) + "/jobs", Map.of("employer", "Black Country Bakes",
                "jobTitle", "Baker", "sector", "MANUFACTURING", "hoursPerWeek", 16, "hourlyPay", 12.21,
                "startedOn", TODAY.minusWeeks(6).toString()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String jobId = started.body().get("jobId").asText();
        Api.Response ended = caseworker.post(enrolment(enrolmentId) + "/jobs/" + jobId + "/end",
                Map.of("reason", "RESIGNED", "endedOn", TODAY.minusWeeks(1).toString()));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

        Api.Response corrected = caseworker.post(enrolment(enrolmentId) + "/jobs/" + jobId + "/correction", Map.of(
                "startedOn", TODAY.minusWeeks(7).toString(), "hoursPerWeek", 20, "hourlyPay", "12.21",
                "reason", "The start date recorded was the offer date"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        long version = corrected.body().get("version").asLong();

        JsonNode shown = awaitEnrolment(enrolmentId, e -> e.path("version").asLong() == version);
        JsonNode job = shown.get("allJobs").get(0);
        assertThat(job.get("jobId").asText()).isEqualTo(jobId);
        assertThat(job.get("startedOn").asText()).isEqualTo(TODAY.minusWeeks(7).toString());
        assertThat(job.get("endedOn").asText()).isEqualTo(TODAY.minusWeeks(1).toString());
        assertThat(job.get("hoursPerWeek").decimalValue()).isEqualByComparingTo("20");
        assertThat(job.get("hourlyPay").decimalValue()).isEqualByComparingTo("12.21");
        assertThat(shown.get("currentJobs")).isEmpty();

        // Referral, consent, job start, end and correction: outside the trial there is no allocation.
        JsonNode history = awaitHistory(enrolmentId, 5);
        assertThat(texts(history, "text")).noneSatisfy(text -> assertThat(text).startsWith("Trial arm"));
        assertThat(texts(history, "text")).anySatisfy(text -> assertThat(text)
                .startsWith("Job start corrected: Baker, Black Country Bakes started ")
                .endsWith("20 hours a week, £12.21 an hour (The start date recorded was the offer date)"));
    }
}
