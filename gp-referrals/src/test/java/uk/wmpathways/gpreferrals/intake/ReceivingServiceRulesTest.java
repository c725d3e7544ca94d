package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.intake.ReferralProblem.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** A message is for us only when addressed to our receiving service, and a referral only when it is to IPS. */
class ReceivingServiceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String OUR_CATEGORY = "\"coding\": [ { \"system\": \"" + ReceivingService.CATEGORY_SYSTEM
            + "\", \"code\": \"ips-employment-support\", \"display\": \"Referral to IPS employment support\" } ], ";
    private static final String OUR_RECEIVER = "\"identifier\": { \"system\": \"" + ReceivingService.RECEIVER_SYSTEM
            + "\", \"value\": \"thrive-into-work-ips\" }, ";

    private static List<ReferralProblem> problems(UnaryOperator<String> change) {
        return ReferralRules.check(ReferralRulesTest.bundle(ExampleBundles.VERIFIED, change), TODAY).problems();
    }

    @Test
    void aReferralWithoutCategoryIsUnprocessableAtTheCategory() {
        assertThat(problems(json -> json.replaceFirst("\"category\": \\[.*\\n", "")))
                .extracting(ReferralProblem::kind, ReferralProblem::code, ReferralProblem::expression)
                .containsExactly(tuple(Kind.UNPROCESSABLE, IssueType.REQUIRED, "Bundle.entry[1].resource.category"));
    }

    @Test
    void aReferralOfAnotherCategoryIsUnprocessableAtThatCategory() {
        assertThat(problems(json -> json.replace("\"ips-employment-support\"", "\"physiotherapy\"")))
                .extracting(ReferralProblem::kind, ReferralProblem::code, ReferralProblem::expression)
                .containsExactly(tuple(Kind.UNPROCESSABLE, IssueType.NOTSUPPORTED,
                        "Bundle.entry[1].resource.category[0]"));
    }

    @Test
    void aCategoryInWordsOnlyIsNotEnough() {
        assertThat(problems(json -> json.replace(OUR_CATEGORY, "")))
                .extracting(ReferralProblem::expression).containsExactly("Bundle.entry[1].resource.category[0]");
    }

    @Test
    void ourCodeAmongOtherCategoriesIsAccepted() {
        assertThat(problems(json -> json.replace("\"category\": [ {",
                "\"category\": [ { \"text\": \"Musculoskeletal\" }, {"))).isEmpty();
    }

    @Test
    void aMessageWithoutDestinationIsUnprocessableAtTheDestination() {
        assertThat(problems(json -> json.replaceFirst("\"destination\": \\[.*\\n", "")))
                .extracting(ReferralProblem::kind, ReferralProblem::code, ReferralProblem::expression)
                .containsExactly(tuple(Kind.UNPROCESSABLE, IssueType.REQUIRED, "Bundle.entry[0].resource.destination"));
    }

    @Test
    void aMessageForAnotherServiceIsUnprocessableAtItsReceiver() {
        assertThat(problems(json -> json.replace("\"thrive-into-work-ips\"", "\"another-service\"")))
                .extracting(ReferralProblem::kind, ReferralProblem::code, ReferralProblem::expression)
                .containsExactly(tuple(Kind.UNPROCESSABLE, IssueType.NOTSUPPORTED,
                        "Bundle.entry[0].resource.destination[0].receiver"));
    }

    @Test
    void aReceiverNamedInWordsOnlyIsNotEnough() {
        assertThat(problems(json -> json.replace(OUR_RECEIVER, "")))
                .extracting(ReferralProblem::expression)
                .containsExactly("Bundle.entry[0].resource.destination[0].receiver");
    }

    @Test
    void aCancellationForAnotherServiceIsUnprocessableToo() {
        MessageBundle cancel = ReferralRulesTest.bundle(ExampleBundles.CANCEL,
                json -> json.replace("\"thrive-into-work-ips\"", "\"another-service\""));

        assertThat(CancellationRules.check(cancel).problems()).extracting(ReferralProblem::expression)
                .containsExactly("Bundle.entry[0].resource.destination[0].receiver");
    }

    @Test
    void theDiagnosticsRepeatNothingOfTheMessage() {
        assertThat(problems(json -> json.replace("\"thrive-into-work-ips\"", "\"another-service\"")
                .replace("\"ips-employment-support\"", "\"physiotherapy\"")))
                .extracting(ReferralProblem::diagnostics)
                .allSatisfy(diagnostics -> assertThat(diagnostics).doesNotContain("another-service", "physiotherapy"));
    }
}
