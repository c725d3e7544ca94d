package uk.wmpathways.gpreferrals.intake;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.intake.ReferralProblem.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Our own rules for a referral message, on the example bundles and on variations of the valid one. */
class ReferralRulesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static MessageBundle bundle(String example) {
        return bundle(example, json -> json);
    }

    static MessageBundle bundle(String example, UnaryOperator<String> change) {
        return new MessageBundle(FHIR.newJsonParser().parseResource(Bundle.class,
                change.apply(ExampleBundles.read(example))));
    }

    private static List<ReferralProblem> problems(String example, UnaryOperator<String> change) {
        return ReferralRules.check(bundle(example, change), TODAY).problems();
    }

    @ParameterizedTest
    @ValueSource(strings = {ExampleBundles.VERIFIED, ExampleBundles.WITHOUT_NHS_NUMBER, ExampleBundles.NOT_TRACED,
            ExampleBundles.UNVERIFIED, ExampleBundles.FLAGS_AND_CONSENT, ExampleBundles.EXTRA_RESOURCES})
    void theValidShapesBreakNoRule(String example) {
        ReferralRules.Checked checked = ReferralRules.check(bundle(example), TODAY);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.parts()).isPresent();
    }

    @Test
    void aBadCheckDigitIsUnprocessableAtTheNumbersPath() {
        assertThat(problems(ExampleBundles.BAD_CHECK_DIGIT, json -> json)).containsExactly(new ReferralProblem(
                Kind.UNPROCESSABLE, IssueType.VALUE, "Bundle.entry[2].resource.identifier[0].value",
                "NHS number is not valid: its check digit does not match"));
    }

    @Test
    void anNhsNumberThatIsNotTenDigitsIsUnprocessable() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("\"9434765919\"", "\"94347659\"")))
                .extracting(ReferralProblem::expression, ReferralProblem::diagnostics)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bundle.entry[2].resource.identifier[0].value",
                        "NHS number must be 10 digits"));
    }

    @Test
    void aReferralWithoutSubjectIsInvalidAtItsPath() {
        assertThat(problems(ExampleBundles.MISSING_SUBJECT, json -> json))
                .extracting(ReferralProblem::kind, ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INVALID, "Bundle.entry[1].resource.subject"));
    }

    @Test
    void anotherEventIsNotSupported() {
        assertThat(problems(ExampleBundles.WRONG_EVENT, json -> json)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.UNPROCESSABLE);
            assertThat(problem.code()).isEqualTo(IssueType.NOTSUPPORTED);
            assertThat(problem.expression()).isEqualTo("Bundle.entry[0].resource.eventCoding.code");
        });
    }

    @Test
    void aBundleThatIsNotAMessageIsInvalid() {
        assertThat(problems(ExampleBundles.NOT_A_MESSAGE, json -> json))
                .extracting(ReferralProblem::kind, ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INVALID, "Bundle.type"));
    }

    @Test
    void aMessageThatDoesNotStartWithItsHeaderIsInvalid() {
        MessageBundle bundle = bundle(ExampleBundles.VERIFIED);
        java.util.Collections.reverse(bundle.bundle().getEntry());

        assertThat(ReferralRules.check(bundle, TODAY).problems()).extracting(ReferralProblem::expression)
                .containsExactly("Bundle.entry[0].resource");
    }

    @Test
    void theHeadersFocusMustBeTheReferralInTheBundle() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace(
                "\"focus\": [ { \"reference\": \"urn:uuid:6a1f2d3c-1b2a-4e5f-8a9b-000000000002\" } ]",
                "\"focus\": [ { \"reference\": \"urn:uuid:6a1f2d3c-1b2a-4e5f-8a9b-000000000003\" } ]")))
                .extracting(ReferralProblem::kind, ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INVALID, "Bundle.entry[0].resource.focus"));
    }

    @Test
    void theReferralMustBeActiveWithAKnownIntentAndNotDatedInTheFuture() {
        List<ReferralProblem> problems = problems(ExampleBundles.VERIFIED, json -> json
                .replace("\"status\": \"active\"", "\"status\": \"draft\"")
                .replace("\"intent\": \"order\"", "\"intent\": \"proposal\"")
                .replace("\"authoredOn\": \"2026-11-20T10:00:00+00:00\"", "\"authoredOn\": \"2026-11-21T09:00:00+00:00\""));

        assertThat(problems).extracting(ReferralProblem::expression).containsExactly(
                "Bundle.entry[1].resource.status", "Bundle.entry[1].resource.intent",
                "Bundle.entry[1].resource.authoredOn");
        assertThat(problems).allMatch(problem -> problem.kind() == Kind.UNPROCESSABLE);
    }

    @Test
    void aReferralMadeLateOnTheUkDayIsNotInTheFuture() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("2026-11-20T10:00:00+00:00",
                "2026-11-20T23:30:00+00:00"))).isEmpty();
    }

    @Test
    void thePracticeMustCarryAnOdsCode() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("https://fhir.nhs.uk/Id/ods-organization-code",
                "https://example.org/practice-code"))).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.UNPROCESSABLE);
            assertThat(problem.code()).isEqualTo(IssueType.REQUIRED);
            assertThat(problem.expression()).isEqualTo("Bundle.entry[4].resource.identifier");
        });
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("\"Y90001\"", "\"y9 0001\"")))
                .extracting(ReferralProblem::expression).containsExactly("Bundle.entry[4].resource.identifier[0].value");
    }

    @Test
    void aRequesterOutsideTheBundleIsInvalid() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace(
                "\"requester\": { \"reference\": \"urn:uuid:6a1f2d3c-1b2a-4e5f-8a9b-000000000004\" }",
                "\"requester\": { \"reference\": \"PractitionerRole/elsewhere\" }")))
                .extracting(ReferralProblem::kind, ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INVALID, "Bundle.entry[1].resource.requester"));
    }

    @Test
    void aPersonNeedsAFamilyNameAndAWholeDateOfBirthNotInTheFuture() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("\"family\": \"Example\", ", "")
                .replace("\"1980-04-23\"", "\"1980\""))).extracting(ReferralProblem::expression)
                .containsExactly("Bundle.entry[2].resource.name", "Bundle.entry[2].resource.birthDate");
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("\"1980-04-23\"", "\"2026-11-21\"")))
                .extracting(ReferralProblem::diagnostics).containsExactly("A date of birth cannot be in the future");
    }

    @Test
    void aReasonOtherThanNewOrUpdateIsNotSupported() {
        assertThat(problems(ExampleBundles.VERIFIED, json -> json.replace("\"code\": \"new\"", "\"code\": \"delete\"")))
                .extracting(ReferralProblem::code, ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueType.NOTSUPPORTED,
                        "Bundle.entry[0].resource.reason.coding"));
    }

    @Test
    void anUpdateIsACancellationNamingOurReferral() {
        MessageBundle cancel = bundle(ExampleBundles.CANCEL);

        CancellationRules.Checked checked = CancellationRules.check(cancel);

        assertThat(ReferralRules.isUpdate(cancel)).isTrue();
        assertThat(ReferralRules.isUpdate(bundle(ExampleBundles.VERIFIED))).isFalse();
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.referralId()).contains(ExampleBundles.CANCEL_REFERRAL_ID_PLACEHOLDER);
    }

    @Test
    void withoutOurIdentifierTheServiceRequestsIdNamesTheReferral() {
        CancellationRules.Checked checked = CancellationRules.check(bundle(ExampleBundles.CANCEL,
                json -> json.replace("https://pathways.wmpathways.uk/Id/gp-referral", "https://elsewhere.example/Id")));

        assertThat(checked.referralId()).contains("6a1f2d3c-1b2a-4e5f-8a9b-000000000002");
    }

    @Test
    void anUpdateThatDoesNotRevokeTheReferralIsUnprocessable() {
        CancellationRules.Checked checked = CancellationRules.check(bundle(ExampleBundles.CANCEL,
                json -> json.replace("\"revoked\"", "\"active\"")));

        assertThat(checked.referralId()).isEmpty();
        assertThat(checked.problems()).extracting(ReferralProblem::kind, ReferralProblem::code,
                        ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNPROCESSABLE, IssueType.BUSINESSRULE,
                        "Bundle.entry[1].resource.status"));
    }

    @Test
    void anUpdateWhoseFocusIsNotTheReferralIsInvalid() {
        MessageBundle cancel = bundle(ExampleBundles.CANCEL);
        ((org.hl7.fhir.r4.model.MessageHeader) cancel.bundle().getEntryFirstRep().getResource()).getFocusFirstRep()
                .setReference("urn:uuid:nowhere");

        assertThat(CancellationRules.check(cancel).problems()).extracting(ReferralProblem::kind,
                        ReferralProblem::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INVALID, "Bundle.entry[0].resource.focus"));
    }

    @Test
    void noProblemRepeatsAValueFromTheBundle() {
        List<ReferralProblem> problems = problems(ExampleBundles.BAD_CHECK_DIGIT, json -> json
                .replace("\"1980-04-23\"", "\"2030-01-01\""));

        assertThat(problems).hasSize(2).allSatisfy(problem -> assertThat(problem.diagnostics())
                .doesNotContain("9434765918").doesNotContain("2030").doesNotContain("Example"));
    }
}
