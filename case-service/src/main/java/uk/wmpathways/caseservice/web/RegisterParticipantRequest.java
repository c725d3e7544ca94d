package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/participants}. */
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
        @Schema(example = "alexis@example.org", description = "optional") String email) {
}
