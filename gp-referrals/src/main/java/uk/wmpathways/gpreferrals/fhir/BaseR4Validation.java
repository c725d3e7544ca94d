package uk.wmpathways.gpreferrals.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Validation against the base FHIR R4 structures (cardinality, types, required bindings, invariants such as
 * "a message starts with its MessageHeader"), with HAPI's instance validator and its default R4 support chain.
 * The UK Core and BaRS profiles are not loaded: a {@code meta.profile} naming one is a warning, not an error,
 * and their extensions are allowed; the UK Core elements we rely on are checked by our own rules instead.
 * <p>
 * Validates the JSON as it was sent (not a re-serialised model), so that each problem's path points into the
 * sender's own bundle. Thread-safe.
 */
public class BaseR4Validation {

    private static final Logger log = LoggerFactory.getLogger(BaseR4Validation.class);
    private static final String WARM_UP_BUNDLE = """
            {"resourceType":"Bundle","type":"message","timestamp":"2026-01-01T00:00:00Z","entry":[
             {"fullUrl":"urn:uuid:0b9f7a3e-0000-4000-8000-000000000001","resource":{"resourceType":"MessageHeader",
              "eventCoding":{"code":"servicerequest-request"},"source":{"endpoint":"urn:warm-up"},
              "focus":[{"reference":"urn:uuid:0b9f7a3e-0000-4000-8000-000000000002"}]}},
             {"fullUrl":"urn:uuid:0b9f7a3e-0000-4000-8000-000000000002","resource":{"resourceType":"ServiceRequest",
              "status":"active","intent":"order","subject":{"reference":"urn:uuid:0b9f7a3e-0000-4000-8000-000000000003"}}},
             {"fullUrl":"urn:uuid:0b9f7a3e-0000-4000-8000-000000000003","resource":{"resourceType":"Patient",
              "gender":"unknown"}}]}""";

    private final FhirValidator validator;
    private final AtomicBoolean warm = new AtomicBoolean();

    public BaseR4Validation(FhirContext fhirContext) {
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhirContext),
                new CommonCodeSystemsTerminologyService(fhirContext),
                new InMemoryTerminologyServerValidationSupport(fhirContext),
                new SnapshotGeneratingValidationSupport(fhirContext));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        instanceValidator.setAnyExtensionsAllowed(true);
        instanceValidator.setErrorForUnknownProfiles(false);
        this.validator = fhirContext.newValidator();
        validator.setValidateAgainstStandardSchema(false);
        validator.setValidateAgainstStandardSchematron(false);
        validator.registerValidatorModule(instanceValidator);
    }

    /** The errors in a bundle (warnings and information are left out), in the order the validator found them. */
    public List<StructureProblem> errorsIn(String json) {
        List<StructureProblem> problems = validator.validateWithResult(json).getMessages().stream()
                .filter(BaseR4Validation::isError)
                .map(message -> new StructureProblem(FhirPaths.withoutComments(message.getLocationString()),
                        message.getMessage()))
                .toList();
        warm.set(true);
        return problems;
    }

    /** Loads the definitions by validating a small bundle once; logs how long it took (no personal data). */
    public Duration warmUp() {
        long started = System.nanoTime();
        errorsIn(WARM_UP_BUNDLE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("FHIR R4 validator warmed up in {} ms", took.toMillis());
        return took;
    }

    public boolean isWarm() {
        return warm.get();
    }

    private static boolean isError(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
    }

    /** What the base validation found wrong, and where (a FHIRPath into the bundle as it was sent). */
    public record StructureProblem(String expression, String diagnostics) {
    }
}
