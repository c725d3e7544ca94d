package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/participants}. The equality monitoring codes are optional and accepted in any
 * case; a participant who was not asked has none, one who declined has {@code PREFER_NOT_TO_SAY}. The lawful
 * basis is required (400 without it); consent as the basis needs the day it was given.
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
        String disability,
        @Schema(example = "PUBLIC_TASK", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "why we may hold the record (UK GDPR Article 6)",
                allowableValues = {"PUBLIC_TASK", "CONSENT", "LEGITIMATE_INTERESTS", "VITAL_INTERESTS",
                        "LEGAL_OBLIGATION"})
        String lawfulBasis,
        @Schema(example = "SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING",
                description = "required when equality details are given (UK GDPR Article 9)",
                allowableValues = {"EXPLICIT_CONSENT", "HEALTH_OR_SOCIAL_CARE",
                        "SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING", "VITAL_INTERESTS"})
        String specialCategoryCondition,
        @Schema(example = "2026-11-20", description = "required when the basis is CONSENT: the day the person agreed")
        LocalDate consentGivenOn) {
}
