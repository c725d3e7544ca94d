package uk.wmpathways.gpreferrals.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.wmpathways.gpreferrals.ExampleBundles;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation.StructureProblem;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base R4 validation of the example bundles: the valid shapes (and those that break only our own rules) pass,
 * a ServiceRequest without its required subject does not, with the path of the problem. Prints the warm-up and
 * per-bundle times (docs/gp-referrals.md quotes them).
 */
class BaseR4ValidationTest {

    private static BaseR4Validation validation;
    private static Duration warmUp;

    @BeforeAll
    static void warmUp() {
        validation = new BaseR4Validation(FhirContext.forR4Cached());
        assertThat(validation.isWarm()).isFalse();
        warmUp = validation.warmUp();
        assertThat(validation.isWarm()).isTrue();
        System.out.println("FHIR validator warm-up: " + warmUp.toMillis() + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {ExampleBundles.VERIFIED, ExampleBundles.WITHOUT_NHS_NUMBER, ExampleBundles.NOT_TRACED,
            ExampleBundles.UNVERIFIED, ExampleBundles.FLAGS_AND_CONSENT, ExampleBundles.EXTRA_RESOURCES,
            ExampleBundles.BAD_CHECK_DIGIT, ExampleBundles.WRONG_EVENT, ExampleBundles.NOT_A_MESSAGE})
    void wellFormedBundlesHaveNoStructuralErrors(String example) {
        assertThat(validation.errorsIn(ExampleBundles.read(example))).isEmpty();
    }

    @Test
    void aServiceRequestWithoutSubjectIsRefusedAtItsPath() {
        List<StructureProblem> problems = validation.errorsIn(ExampleBundles.read(ExampleBundles.MISSING_SUBJECT));

        assertThat(problems).extracting(StructureProblem::expression).contains("Bundle.entry[1].resource");
        assertThat(problems).extracting(StructureProblem::diagnostics).anyMatch(text -> text.contains("subject"));
    }

    @Test
    void aBadValueIsRefusedAtItsPath() {
        String badDate = ExampleBundles.read(ExampleBundles.VERIFIED).replace("\"1980-04-23\"", "\"1980-13-45\"");

        assertThat(validation.errorsIn(badDate)).extracting(StructureProblem::expression)
                .contains("Bundle.entry[2].resource.birthDate");
    }

    @Test
    void validationTimePerBundle() {
        String bundle = ExampleBundles.read(ExampleBundles.FLAGS_AND_CONSENT);
        int runs = 50;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assertThat(validation.errorsIn(bundle)).isEmpty();
        }
        double millis = (System.nanoTime() - started) / 1e6 / runs;
        System.out.printf("FHIR validation per bundle (warm, %d runs): %.1f ms%n", runs, millis);
        assertThat(millis).isLessThan(2_000);
    }
}
