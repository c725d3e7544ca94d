package uk.wmpathways.caseservice.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.infra.time.UkTime;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators record funding drawdowns and correct them over HTTP. Funding streams are shared by every test
 * in the application context, so amounts here are small; the allocation test asks for more than any stream has.
 */
class FundingApiTest extends ApiTestSupport {

    private static String drawdowns(String stream) {
        return "/api/funding/" + stream + "/drawdowns";
    }

    private static List<String> fields(Api.Response problem) {
        return ApiTestSupport.fields(problem.body());
    }

    /** A drawdown recorded by an administrator; answers its id. */
    private String recordDrawdown(String stream, Map<String, Object> body) {
        Api.Response recorded = as("admin").post(drawdowns(stream), body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.body().get("drawdownId").asText();
    }

    @Test
    void anAdministratorRecordsADrawdownOnceForARetriedRequest() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("amountPounds", 1234.56, "drawnOn", TODAY.minusDays(1).toString(),
                "reference", "HTTP test claim", "requestId", requestId);

        Api.Response recorded = as("admin").post(drawdowns("rough_sleeping_initiative"), body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.body().get("fundingStream").asText()).isEqualTo("ROUGH_SLEEPING_INITIATIVE");
        String drawdownId = recorded.body().get("drawdownId").asText();

        Api.Response retried = as("admin").post(drawdowns("ROUGH_SLEEPING_INITIATIVE"), body);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().get("drawdownId").asText()).isEqualTo(drawdownId);
        List<FundingDrawnDown> recordedOnce = eventsOf("ROUGH_SLEEPING_INITIATIVE").stream()
                .filter(FundingDrawnDown.class::isInstance).map(FundingDrawnDown.class::cast)
                .filter(event -> event.drawdownId().equals(drawdownId)).toList();
        assertThat(recordedOnce).hasSize(1);
        assertThat(recordedOnce.get(0).amountPounds()).isEqualByComparingTo("1234.56");
        assertThat(recordedOnce.get(0).recordedBy()).isEqualTo("admin");
    }

    @Test
    void anAdministratorCorrectsADrawdown() {
        String drawdownId = recordDrawdown("rough_sleeping_initiative", Map.of("amountPounds", 1234.56,
                "drawnOn", TODAY.minusDays(1).toString(), "reference", "HTTP test claim"));

        Api.Response corrected = as("admin").post(drawdowns("rough_sleeping_initiative") + "/" + drawdownId
                + "/correction", Map.of("correctedAmountPounds", "1243.56", "reason", "Digits swapped"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.body().get("drawdownId").asText()).isEqualTo(drawdownId);
        List<FundingDrawdownCorrected> corrections = eventsOf("ROUGH_SLEEPING_INITIATIVE").stream()
                .filter(FundingDrawdownCorrected.class::isInstance).map(FundingDrawdownCorrected.class::cast)
                .filter(event -> event.drawdownId().equals(drawdownId)).toList();
        assertThat(corrections).hasSize(1);
        assertThat(corrections.get(0).amountPounds()).isEqualByComparingTo("1243.56");
        assertThat(corrections.get(0).reason()).isEqualTo("Digits swapped");
    }

    @Test
    void anUnknownStreamIsRefusedListingTheStreams() {
        Api.Response unknownStream = as("admin").post(drawdowns("lottery"),
                Map.of("amountPounds", 10, "drawnOn", TODAY.toString(), "reference", "Claim"));
        assertThat(unknownStream.status()).isEqualTo(400);
        assertThat(unknownStream.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(unknownStream)).containsExactly("fundingStream");
        assertThat(unknownStream.body().get("detail").asText()).contains("HOUSING_FIRST_PILOT, "
                + "ROUGH_SLEEPING_INITIATIVE, THRIVE_INTO_WORK_TRIAL, THRIVE_INTO_WORK_EXPANSION");
    }

    @Test
    void anAmountInFractionsOfAPennyAFutureDateAndABlankReferenceAreRefusedPerField() {
        Api.Response wrongFields = as("admin").post(drawdowns("housing_first_pilot"),
                Map.of("amountPounds", "10.005", "drawnOn", TODAY.plusDays(1).toString(), "reference", " "));
        assertThat(wrongFields.status()).isEqualTo(400);
        assertThat(wrongFields.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(wrongFields)).containsExactly("amountPounds", "drawnOn", "reference");
    }

    @Test
    void anAmountAboveTheStreamsAllocationIsRefused() {
        Api.Response aboveAllocation = as("admin").post(drawdowns("thrive_into_work_expansion"),
                Map.of("amountPounds", 3_700_000.01, "drawnOn", TODAY.toString(), "reference", "Everything"));
        assertThat(aboveAllocation.status()).isEqualTo(400);
        assertThat(fields(aboveAllocation)).containsExactly("amountPounds");
        assertThat(aboveAllocation.body().get("detail").asText()).contains("above its allocation of £3,700,000.00");
    }

    @Test
    void anUnreadableDateIsRefusedForItsField() {
        Api.Response unreadableDate = as("admin").post(drawdowns("housing_first_pilot"),
                "{\"amountPounds\": 10, \"drawnOn\": \"01/02/2025\", \"reference\": \"Claim\"}");
        assertThat(unreadableDate.status()).isEqualTo(400);
        assertThat(fields(unreadableDate)).containsExactly("drawnOn");
    }

    @Test
    void aCorrectionOfAnUnknownDrawdownIsRefused() {
        Api.Response unknown = as("admin").post(drawdowns("housing_first_pilot") + "/" + UUID.randomUUID()
                + "/correction", Map.of("correctedAmountPounds", 10, "reason", "Wrong"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(unknown)).containsExactly("drawdownId");
    }

    @Test
    void aCorrectionOfAnotherStreamsDrawdownIsRefused() {
        String drawdownId = recordDrawdown("housing_first_pilot",
                Map.of("amountPounds", 99.99, "drawnOn", TODAY.toString(), "reference", "Correction test"));

        Api.Response otherStream = as("admin").post(drawdowns("thrive_into_work_trial") + "/" + drawdownId
                + "/correction", Map.of("correctedAmountPounds", 10, "reason", "Wrong"));
        assertThat(otherStream.status()).as("a drawdown belongs to its stream").isEqualTo(400);
        assertThat(fields(otherStream)).containsExactly("drawdownId");
    }

    @Test
    void aCorrectionNeedsAnAmountAboveZeroAndAReason() {
        String drawdownId = recordDrawdown("housing_first_pilot",
                Map.of("amountPounds", 99.99, "drawnOn", TODAY.toString(), "reference", "Correction test"));

        Api.Response noReason = as("admin").post(drawdowns("housing_first_pilot") + "/" + drawdownId
                + "/correction", Map.of("correctedAmountPounds", 0));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("correctedAmountPounds", "reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker", "manager"})
    void onlyAdministratorsRecordDrawdowns(String role) {
        Api.Response response = as(role).post(drawdowns("housing_first_pilot"),
                Map.of("amountPounds", 1, "drawnOn", TODAY.toString(), "reference", "Claim"));
        assertThat(response.status()).as(role + ": " + response).isEqualTo(403);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(eventsOf("HOUSING_FIRST_PILOT").stream().filter(FundingDrawnDown.class::isInstance)
                .map(FundingDrawnDown.class::cast).map(FundingDrawnDown::recordedBy))
                .as("nothing recorded by anyone but an administrator").doesNotContain(role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker", "manager"})
    void onlyAdministratorsCorrectDrawdowns(String role) {
        Api.Response response = as(role).post(drawdowns("housing_first_pilot") + "/some-drawdown/correction",
                Map.of("correctedAmountPounds", 2, "reason", "Wrong"));
        assertThat(response.status()).as(role + ": " + response).isEqualTo(403);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void withoutCredentialsADrawdownIsRefused401() {
        Api.Response anonymous = as(null).post(drawdowns("housing_first_pilot"),
                Map.of("amountPounds", 1, "drawnOn", TODAY.toString(), "reference", "Claim"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void theOpenApiDescriptionHasTheFundingEndpoints() {
        var paths = as("caseworker").get("/v3/api-docs").body().get("paths");
        assertThat(paths.has("/api/funding/{fundingStream}/drawdowns")).isTrue();
        assertThat(paths.has("/api/funding/{fundingStream}/drawdowns/{drawdownId}/correction")).isTrue();
    }
}
