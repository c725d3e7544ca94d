package uk.wmpathways.app;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The FHIR endpoint through HAPI's generic client, as a practice system would call it: the CapabilityStatement, each
 * valid shape of referral acknowledged (200, a servicerequest-response message), and each kind of invalid one
 * refused with its status and the path of each problem in the OperationOutcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralFhirApiTest extends EnrolmentApiTestSupport {

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BaseR4Validation validation;
    private IGenericClient gp;

    @BeforeAll
    void aGpOfTheExamplesPracticeAndAWarmValidator() {
        FhirClients.addGpReferrers(accounts, encoder);
        gp = FhirClients.client(port, FhirClients.EXAMPLE_PRACTICE_GP);
        FhirClients.warm(validation);
    }

    @Test
    void theCapabilityStatementIsOpenAndSaysWhatIsAccepted() {
        CapabilityStatement statement = FhirClients.client(port, null).capabilities().ofType(CapabilityStatement.class)
                .execute();

        assertThat(statement.getFhirVersion()).isEqualTo(Enumerations.FHIRVersion._4_0_1);
        assertThat(statement.getRestFirstRep().getOperation()).extracting(operation -> operation.getName())
                .containsExactly("process-message");
        assertThat(statement.getMessagingFirstRep().getSupportedMessageFirstRep().getMode())
                .isEqualTo(CapabilityStatement.EventCapabilityMode.RECEIVER);
        assertThat(statement.getMessagingFirstRep().getEndpointFirstRep().getAddress())
                .isEqualTo("http://localhost:" + port + "/fhir/$process-message");
    }

    @ParameterizedTest
    @ValueSource(strings = {ExampleBundles.VERIFIED, ExampleBundles.WITHOUT_NHS_NUMBER, ExampleBundles.NOT_TRACED,
            ExampleBundles.UNVERIFIED, ExampleBundles.FLAGS_AND_CONSENT, ExampleBundles.EXTRA_RESOURCES})
    void aValidReferralIsRecordedAndAcknowledged(String example) {
        Bundle request = FhirClients.example(example);

        Bundle answer = FhirClients.processMessage(gp, request);

        assertThat(answer.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        MessageHeader header = (MessageHeader) answer.getEntryFirstRep().getResource();
        assertThat(header.getEventCoding().getCode()).isEqualTo("servicerequest-response");
        assertThat(header.getResponse().getIdentifier()).isEqualTo(request.getIdElement().getIdPart());
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
        String referralId = answer.getIdentifier().getValue();
        assertThat(header.getFocusFirstRep().getReference()).isEqualTo("ServiceRequest/" + referralId);
        OperationOutcome outcome = (OperationOutcome) answer.getEntry().get(1).getResource();
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("recorded as ServiceRequest/" + referralId)
                .doesNotContain("not recorded");
    }

    @Test
    void aBadNhsNumberCheckDigitIsUnprocessable() {
        OperationOutcome outcome = refused(ExampleBundles.BAD_CHECK_DIGIT, 422);

        assertThat(expressions(outcome)).containsExactly("Bundle.entry[2].resource.identifier[0].value");
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.VALUE);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo("REC_UNPROCESSABLE_ENTITY");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).doesNotContain("9434765918");
    }

    @Test
    void aReferralWithoutSubjectIsInvalid() {
        OperationOutcome outcome = refused(ExampleBundles.MISSING_SUBJECT, 400);

        assertThat(expressions(outcome)).contains("Bundle.entry[1].resource");
        assertThat(outcome.getIssue()).anyMatch(issue -> issue.getDiagnostics().contains("subject"));
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("REC_BAD_REQUEST");
    }

    @Test
    void anotherEventIsNotSupported() {
        OperationOutcome outcome = refused(ExampleBundles.WRONG_EVENT, 422);

        assertThat(expressions(outcome)).containsExactly("Bundle.entry[0].resource.eventCoding.code");
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
    }

    @Test
    void aBundleThatIsNotAMessageIsInvalid() {
        assertThat(expressions(refused(ExampleBundles.NOT_A_MESSAGE, 400))).containsExactly("Bundle.type");
    }

    @Test
    void aValueThatIsNotFhirIsInvalidAtItsPath() {
        String json = ExampleBundles.read(ExampleBundles.VERIFIED).replace("\"1980-04-23\"", "\"23/04/1980\"");

        Api.Response response = new FhirHttp(port).post(FhirClients.EXAMPLE_PRACTICE_GP, "application/fhir+json", json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(FhirHttp.expressions(response.body()))
                .contains("Bundle.entry[2].resource.birthDate");
    }

    private OperationOutcome refused(String example, int status) {
        BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
                () -> FhirClients.processMessage(gp, FhirClients.example(example)));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getStatusCode()).isEqualTo(status);
        return (OperationOutcome) refused.getOperationOutcome();
    }

    private static List<String> expressions(OperationOutcome outcome) {
        return outcome.getIssue().stream().flatMap(issue -> issue.getExpression().stream()).map(StringType::getValue)
                .toList();
    }
}
