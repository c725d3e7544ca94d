package uk.wmpathways.caseservice.api.identity;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the duplicate check compares about a person; any field may be null. {@code verifiedNhsNumber}: ten digits,
 * given only when the number is known to belong to the person (verified by the NHS, or held on their record).
 * {@code sex}: a {@code Sex} name or a FHIR gender code; {@code postcode} as written.
 */
public record PersonDetails(String givenName, String familyName, LocalDate dateOfBirth, String verifiedNhsNumber,
                            String sex, String postcode) {

    @Override
    public String toString() {
        return "PersonDetails[...]";
    }

    /** The sex in one vocabulary: "female", "male", or null for unknown, other or prefer not to say. */
    String sexCode() {
        if (sex == null) {
            return null;
        }
        String code = sex.trim().toLowerCase(Locale.ROOT);
        return code.equals("female") || code.equals("male") ? code : null;
    }

    /** The postcode in capitals without spaces, or null. */
    String postcodeCode() {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
