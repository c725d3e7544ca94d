package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/participants}. The equality monitoring codes are optional and accepted in any
 * case; a participant who was not asked has none, one who declined has {@code PREFER_NOT_TO_SAY}.
 */
record RegisterParticipantRequest(
        @Schema(example = "Alexis", requiredMode = Schema.RequiredMode.REQUIRED) String givenName,
        @Schema(example = "Example", requiredMode = Schema.RequiredMode.REQUIRED) String familyName,
        @Schema(example = "1980-04-23", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dateOfBirth,
        @Schema(example = "943 476 5919", description = "optional; 10 digits with a valid Modulus 11 check digit")
        String nhsNumber,
        @Schema(example = "WALSALL", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"BIRMINGHAM", "COVENTRY", "DUDLEY", "SANDWELL", "SOLIHULL", "WALSALL",
                        "WOLVERHAMPTON", "OTHER"})
        String localAuthority,
        @Schema(example = "0121 496 0000", description = "optional") String phone,
        @Schema(example = "alexis@example.org", description = "optional") String email,
        @Schema(example = "WHITE", description = "optional, for equality monitoring only",
                allowableValues = {"ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "PREFER_NOT_TO_SAY"})
        String ethnicity,
        @Schema(example = "FEMALE", description = "optional, for equality monitoring only",
                allowableValues = {"FEMALE", "MALE", "PREFER_NOT_TO_SAY"})
        String sex,
        @Schema(example = "PREFER_NOT_TO_SAY", description = "optional, for equality monitoring only",
                allowableValues = {"YES", "NO", "PREFER_NOT_TO_SAY"})
        String disability) {
}
