package uk.wmpathways.gpreferrals.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator is warmed once the application is ready, off the caller's thread; or not at all when switched off. */
class ValidatorWarmUpTest {

    /** Records where it was warmed instead of loading the definitions (BaseR4ValidationTest does that). */
    private static final class RecordingValidation extends BaseR4Validation {

        final CompletableFuture<String> warmedOn = new CompletableFuture<>();

        RecordingValidation() {
            super(FhirContext.forR4Cached());
        }

        @Override
        public Duration warmUp() {
            warmedOn.complete(Thread.currentThread().getName());
            return Duration.ZERO;
        }
    }

    @Test
    void warmedOnAThreadOfItsOwn() throws Exception {
        RecordingValidation validation = new RecordingValidation();

        new FhirConfiguration.ValidatorWarmUp(validation, true).warmUp();

        assertThat(validation.warmedOn.get(10, TimeUnit.SECONDS)).isEqualTo("fhir-validator-warm-up");
    }

    @Test
    void notWarmedWhenSwitchedOff() throws Exception {
        RecordingValidation validation = new RecordingValidation();

        new FhirConfiguration.ValidatorWarmUp(validation, false).warmUp();

        Thread.sleep(200);
        assertThat(validation.warmedOn).isNotDone();
    }
}
