package uk.wmpathways.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /fhir/$process-message} takes only messages addressed to our receiving service (the MessageHeader's
 * destination) and, for a new referral, a ServiceRequest of our category (IPS employment support): anything else is
 * 422 with the element's path, and nothing is recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralFhirAddressingTest extends EnrolmentApiTestSupport {

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

    @Test
    void aReferralOfAnotherCategoryIsUnprocessableAtTheCategory() {
        Api.Response response = fhir.post(GP, FHIR_JSON, ExampleBundles.read(ExampleBundles.VERIFIED)
                .replace("\"ips-employment-support\"", "\"physiotherapy\""));

        assertUnprocessableAt(response, "not-supported", "Bundle.entry[1].resource.category[0]");
    }

    @Test
    void aReferralWithoutCategoryIsUnprocessableAtTheCategory() {
        Api.Response response = fhir.post(GP, FHIR_JSON, ExampleBundles.read(ExampleBundles.VERIFIED)
                .replaceFirst("\"category\": \\[.*\\n", ""));

        assertUnprocessableAt(response, "required", "Bundle.entry[1].resource.category");
    }

    @Test
    void aMessageForAnotherServiceIsUnprocessableAtItsReceiver() {
        Api.Response response = fhir.post(GP, FHIR_JSON, ExampleBundles.read(ExampleBundles.VERIFIED)
                .replace("\"thrive-into-work-ips\"", "\"another-service\""));

        assertUnprocessableAt(response, "not-supported", "Bundle.entry[0].resource.destination[0].receiver");
        assertThat(response.body().toString()).doesNotContain("another-service");
    }

    @Test
    void aMessageWithoutDestinationIsUnprocessable() {
        Api.Response response = fhir.post(GP, FHIR_JSON, ExampleBundles.read(ExampleBundles.VERIFIED)
                .replaceFirst("\"destination\": \\[.*\\n", ""));

        assertUnprocessableAt(response, "required", "Bundle.entry[0].resource.destination");
    }

    @Test
    void aCancellationForAnotherServiceIsUnprocessable() {
        Api.Response response = fhir.post(GP, FHIR_JSON, ExampleBundles.read(ExampleBundles.CANCEL)
                .replace("\"thrive-into-work-ips\"", "\"another-service\""));

        assertUnprocessableAt(response, "not-supported", "Bundle.entry[0].resource.destination[0].receiver");
    }

    @Test
    void theExampleAddressedToUsIsAcknowledged() {
        Api.Response response = fhir.post(GP, FHIR_JSON, ExampleBundles.read(ExampleBundles.VERIFIED));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("resourceType").asText()).isEqualTo("Bundle");
    }

    private static void assertUnprocessableAt(Api.Response response, String issueCode, String expression) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith(FHIR_JSON);
        assertThat(response.body().get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(response.body().get("issue").get(0).get("code").asText()).isEqualTo(issueCode);
        assertThat(FhirHttp.expressions(response.body())).containsExactly(expression);
        assertThat(response.body().get("issue").get(0).get("details").get("coding").get(0).get("code").asText())
                .isEqualTo("REC_UNPROCESSABLE_ENTITY");
    }
}
