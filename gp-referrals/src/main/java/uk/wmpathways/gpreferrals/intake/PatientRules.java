package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.gpreferrals.intake.MessageBundle.Entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The person referred (UK Core Patient): their NHS number, when given, must be a valid one (Modulus 11, as
 * {@link NhsNumber} checks every NHS number in the system), and is used only when its verification status says it
 * was verified or is present but not traced; a person without a usable NHS number is still accepted. A family name
 * and a date of birth are needed to tell people apart.
 */
public final class PatientRules {

    public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String VERIFICATION_STATUS =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
    public static final String VERIFIED = "number-present-and-verified";
    public static final String PRESENT_NOT_TRACED = "number-present-but-not-traced";
    /** The statuses under which a sender's NHS number may identify the person. */
    public static final Set<String> USABLE = Set.of(VERIFIED, PRESENT_NOT_TRACED);

    private PatientRules() {
    }

    /** An NHS number as sent: its digits, its verification status (or null), and whether we may use it. */
    public record GivenNhsNumber(String digits, String verificationStatus) {
        public boolean usable() {
            return verificationStatus != null && USABLE.contains(verificationStatus);
        }

        @Override
        public String toString() {
            return "GivenNhsNumber[status=" + verificationStatus + "]";
        }
    }

    /** The patient's NHS number, when one is given (call after {@link #problems} found none). */
    public static Optional<GivenNhsNumber> nhsNumber(Patient patient) {
        return patient.getIdentifier().stream()
                .filter(identifier -> NHS_NUMBER_SYSTEM.equals(identifier.getSystem()))
                .findFirst()
                .flatMap(identifier -> NhsNumber.digitsOf(identifier.getValue())
                        .map(digits -> new GivenNhsNumber(digits, verificationStatus(identifier))));
    }

    static List<ReferralProblem> problems(Entry<Patient> entry, LocalDate today) {
        List<ReferralProblem> problems = new ArrayList<>();
        Patient patient = entry.resource();
        List<Identifier> identifiers = patient.getIdentifier();
        int nhsNumbers = 0;
        for (int i = 0; i < identifiers.size(); i++) {
            if (NHS_NUMBER_SYSTEM.equals(identifiers.get(i).getSystem())) {
                nhsNumbers++;
                String path = entry.path() + ".identifier[" + i + "]";
                NhsNumber.problem(identifiers.get(i).getValue()).ifPresent(problem -> problems.add(
                        ReferralProblem.unprocessable(IssueType.VALUE, path + ".value", problem)));
            }
        }
        if (nhsNumbers > 1) {
            problems.add(ReferralProblem.unprocessable(IssueType.BUSINESSRULE, entry.path() + ".identifier",
                    "Give at most one NHS number"));
        }
        if (patient.getName().stream().noneMatch(name -> name.hasFamily())) {
            problems.add(ReferralProblem.unprocessable(IssueType.REQUIRED, entry.path() + ".name",
                    "Give the person's family name"));
        }
        if (!patient.hasBirthDate()) {
            problems.add(ReferralProblem.unprocessable(IssueType.REQUIRED, entry.path() + ".birthDate",
                    "Give the person's date of birth"));
        } else if (FhirDates.day(patient.getBirthDateElement()) == null) {
            problems.add(ReferralProblem.unprocessable(IssueType.VALUE, entry.path() + ".birthDate",
                    "Give the whole date of birth (year, month and day)"));
        } else if (FhirDates.day(patient.getBirthDateElement()).isAfter(today)) {
            problems.add(ReferralProblem.unprocessable(IssueType.BUSINESSRULE, entry.path() + ".birthDate",
                    "A date of birth cannot be in the future"));
        }
        return problems;
    }

    private static String verificationStatus(Identifier identifier) {
        return identifier.getExtension().stream()
                .filter(extension -> VERIFICATION_STATUS.equals(extension.getUrl()))
                .map(extension -> extension.getValue() instanceof CodeableConcept concept ? concept : null)
                .filter(concept -> concept != null && concept.hasCoding())
                .map(concept -> concept.getCodingFirstRep().getCode())
                .findFirst().orElse(null);
    }
}
