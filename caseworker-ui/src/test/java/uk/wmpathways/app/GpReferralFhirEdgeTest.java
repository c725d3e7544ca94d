package uk.wmpathways.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a FHIR client would not send, answered as FHIR (OperationOutcome, never a 500 or a stack trace): another
 * content type (415), an empty body, malformed JSON, another resource type (400), over 1 MB (413), an unknown address
 * (404); and the
 * BaRS request id sent back. In {@code Api.Response}, {@code location} holds the X-Request-ID sent back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralFhirEdgeTest extends EnrolmentApiTestSupport {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String GP = FhirClients.EXAMPLE_PRACTICE_GP;

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BaseR4Validation validation;
    private FhirHttp fhir;

    @BeforeAll
    void aGpOfTheExamplesPractice() {
        FhirClients.addGpReferrers(accounts, encoder);
        FhirClients.warm(validation);
        fhir = new FhirHttp(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/plain", "application/fhir+xml", "application/x-www-form-urlencoded"})
    void anotherContentTypeIsUnsupported(String contentType) {
        Api.Response response = fhir.post(GP, contentType, ExampleBundles.read(ExampleBundles.VERIFIED));

        assertThat(response.status()).isEqualTo(415);
        assertOperationOutcome(response, "not-supported");
    }

    @Test
    void plainJsonIsAcceptedToo() {
        Api.Response response = fhir.post(GP, "application/json; charset=utf-8",
                ExampleBundles.read(ExampleBundles.VERIFIED), "60b8c4e3-3b2e-4a4c-9d0e-" + System.nanoTime() % 1_000_000_000_000L);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(FHIR_JSON);
        assertThat(response.body().get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(response.location()).as("X-Request-ID sent back").startsWith("60b8c4e3-3b2e-4a4c-9d0e-");
    }

    @Test
    void aMessageOverOneMegabyteIsTooLarge() {
        String padded = ExampleBundles.read(ExampleBundles.VERIFIED).replace("{", "{" + " ".repeat(1024 * 1024));

        Api.Response response = fhir.post(GP, FHIR_JSON, padded);

        assertThat(response.status()).isEqualTo(413);
        assertOperationOutcome(response, "too-long");
    }

    @Test
    void anEmptyBodyIsInvalid() {
        Api.Response response = fhir.post(GP, FHIR_JSON, "");

        assertThat(response.status()).isEqualTo(400);
        assertOperationOutcome(response, "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"resourceType\": \"Bundle\", \"type\": ", "not json at all", "[1, 2, 3]",
            "{\"resourceType\": \"NoSuchResource\"}", "{\"type\": \"message\"}"})
    void malformedJsonIsInvalid(String body) {
        Api.Response response = fhir.post(GP, FHIR_JSON, body);

        assertThat(response.status()).isEqualTo(400);
        assertOperationOutcome(response, "structure");
    }

    @Test
    void anotherResourceTypeIsInvalid() {
        Api.Response response = fhir.post(GP, FHIR_JSON, "{\"resourceType\": \"Patient\", \"gender\": \"female\"}");

        assertThat(response.status()).isEqualTo(400);
        assertOperationOutcome(response, "invalid");
        assertThat(FhirHttp.expressions(response.body())).containsExactly("Patient");
    }

    @Test
    void anUnknownAddressIsNotFound() {
        Api.Response response = fhir.get(GP, "/fhir/Patient/1");

        assertThat(response.status()).isEqualTo(404);
        assertOperationOutcome(response, "not-supported");
    }

    private static void assertOperationOutcome(Api.Response response, String issueCode) {
        assertThat(response.contentType()).startsWith(FHIR_JSON);
        assertThat(response.body().get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(response.body().get("issue").get(0).get("severity").asText()).isEqualTo("error");
        assertThat(response.body().get("issue").get(0).get("code").asText()).isEqualTo(issueCode);
        assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
