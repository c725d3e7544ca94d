package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/participants/{id}/contact-details}: both fields optional (null or empty: not known). */
record ContactDetailsRequest(@Schema(example = "0121 496 0000") String phone,
                             @Schema(example = "alexis@example.org") String email) {
}
