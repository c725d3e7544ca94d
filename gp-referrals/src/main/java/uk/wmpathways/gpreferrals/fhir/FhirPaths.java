package uk.wmpathways.gpreferrals.fhir;

import java.util.regex.Pattern;

/** FHIRPath expressions as an OperationOutcome carries them. */
public final class FhirPaths {

    /** HAPI's locations name the resource in comments ({@code .resource/*Patient/1*}{@code /.birthDate}). */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/");

    private FhirPaths() {
    }

    public static String withoutComments(String location) {
        return location == null || location.isBlank() ? "Bundle" : COMMENT.matcher(location).replaceAll("");
    }

    public static String entry(int index) {
        return "Bundle.entry[" + index + "].resource";
    }
}
