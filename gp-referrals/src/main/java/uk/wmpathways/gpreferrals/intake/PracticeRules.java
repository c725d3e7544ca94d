package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import uk.wmpathways.gpreferrals.intake.MessageBundle.Entry;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The referring practice is known by its ODS code (Organisation Data Service), under the NHS system. */
public final class PracticeRules {

    public static final String ODS_CODE_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** ODS codes are 3 to 10 capital letters and digits (a GP practice's: a letter and five digits). */
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");

    private PracticeRules() {
    }

    public static Optional<String> odsCode(Organization organisation) {
        return organisation.getIdentifier().stream()
                .filter(identifier -> ODS_CODE_SYSTEM.equals(identifier.getSystem()))
                .map(Identifier::getValue).findFirst();
    }

    static List<ReferralProblem> problems(Entry<Organization> practice) {
        List<Identifier> identifiers = practice.resource().getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            if (ODS_CODE_SYSTEM.equals(identifiers.get(i).getSystem())) {
                String value = identifiers.get(i).getValue();
                return value != null && ODS_CODE.matcher(value).matches() ? List.of()
                        : List.of(ReferralProblem.unprocessable(IssueType.VALUE,
                        practice.path() + ".identifier[" + i + "].value",
                        "An ODS code is 3 to 10 capital letters and digits"));
            }
        }
        return List.of(ReferralProblem.unprocessable(IssueType.REQUIRED, practice.path() + ".identifier",
                "Identify the referring practice by its ODS code (system " + ODS_CODE_SYSTEM + ")"));
    }
}
