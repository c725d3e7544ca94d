package uk.wmpathways.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may send a referral, for every role and organisation: only a GP referrer, and only for their own practice
 * (the referring Organization's ODS code is their account's). Every refusal is an OperationOutcome: 401 for nobody
 * signed in 403 for any other role, a GP of another practice and a GP linked to no practice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralFhirAccessTest extends EnrolmentApiTestSupport {

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BaseR4Validation validation;
    private FhirHttp fhir;

    @BeforeAll
    void theTestsGpReferrers() {
        FhirClients.addGpReferrers(accounts, encoder);
        FhirClients.warm(validation);
        fhir = new FhirHttp(port);
    }

    @ParameterizedTest(name = "{0} ({2}): {1}")
    @CsvSource({
            "gp-y90001, 200, GP referrer of the referring practice",
            "gp-y90002, 403, GP referrer of another practice",
            "gp-no-practice, 403, GP referrer linked to no practice",
            "caseworker, 403, caseworker of DEMO-SUPPORT",
            "outreach, 403, caseworker of STREET-OUTREACH",
            "manager, 403, programme manager",
            "admin, 403, administrator",
            "dpo, 403, data protection officer",
            ", 401, nobody signed in"})
    void onlyAGpOfTheReferringPracticeMayRefer(String username, int status, String who) {
        Api.Response response = fhir.post(username, "application/fhir+json",
                ExampleBundles.read(ExampleBundles.FLAGS_AND_CONSENT));

        assertThat(response.status()).as(who).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        String expected = status == 200 ? "Bundle" : "OperationOutcome";
        assertThat(response.body().get("resourceType").asText()).isEqualTo(expected);
        if (status != 200) {
            String code = response.body().get("issue").get(0).get("code").asText();
            assertThat(code).isEqualTo(status == 401 ? "login" : "forbidden");
            assertThat(response.body().toString()).doesNotContain("Example").doesNotContain("9434765919");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gp-y90002, another practice's GP: names the practice", "gp-no-practice, no practice: says to ask an administrator"})
    void aGpIsToldWhyTheirPracticeMayNotRefer(String username, String why) {
        Api.Response response = fhir.post(username, "application/fhir+json",
                ExampleBundles.read(ExampleBundles.VERIFIED));

        assertThat(response.status()).isEqualTo(403);
        assertThat(FhirHttp.expressions(response.body())).containsExactly("Bundle.entry[4].resource.identifier");
        assertThat(response.body().findValuesAsText("diagnostics").get(0))
                .contains(username.equals(FhirClients.NO_PRACTICE_GP) ? "administrator" : "Y90002");
    }
}
