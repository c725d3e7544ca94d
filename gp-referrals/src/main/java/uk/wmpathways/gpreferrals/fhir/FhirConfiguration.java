package uk.wmpathways.gpreferrals.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One {@link FhirContext} (R4) for the whole application: it is expensive to build (it scans the model classes)
 * and thread-safe, so every parser, validator and client of this module comes from it.
 */
@Configuration(proxyBeanMethods = false)
public class FhirConfiguration {

    @Bean
    public FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    public BaseR4Validation baseR4Validation(FhirContext fhirContext) {
        return new BaseR4Validation(fhirContext);
    }

    /**
     * The validator loads every base R4 definition on its first use (seconds: see docs/gp-referrals.md), so it is
     * warmed once the application is ready, on a thread of its own, rather than by the first practice to send a
     * referral. {@code pathways.fhir.warm-up=false} leaves it to the first bundle (the test suite, whose many
     * application contexts would otherwise each spend that time).
     */
    @Bean
    ValidatorWarmUp validatorWarmUp(BaseR4Validation validation,
                                    @Value("${pathways.fhir.warm-up:true}") boolean enabled) {
        return new ValidatorWarmUp(validation, enabled);
    }

    static final class ValidatorWarmUp {

        private final BaseR4Validation validation;
        private final boolean enabled;

        ValidatorWarmUp(BaseR4Validation validation, boolean enabled) {
            this.validation = validation;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void warmUp() {
            if (enabled) {
                Thread thread = new Thread(validation::warmUp, "fhir-validator-warm-up");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }
}
