package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/participants/{participantId}/enrolments}: a Housing First referral, a Rough
 * Sleeping Initiative outreach contact or a Thrive into Work referral, by {@code pathway}. Codes are accepted
 * in any case. Fields of other pathways are ignored.
 */
@Schema(name = "StartEnrolmentRequest")
record StartEnrolmentRequest(
        @Schema(implementation = Pathway.class, requiredMode = Schema.RequiredMode.REQUIRED) String pathway,
        @Schema(example = "DEMO-SUPPORT", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the code of the provider organisation that delivers it")
        String providerOrganisation,
        @Schema(implementation = LocalAuthority.class, requiredMode = Schema.RequiredMode.REQUIRED)
        String localAuthority,
        @Schema(implementation = FundingStream.class,
                description = "required for Thrive into Work; Housing First and the Rough Sleeping Initiative "
                        + "have one funding stream each, used when none is given")
        String fundingStream,
        @Schema(example = "caseworker", description = "optional: the username of the worker assigned from the start")
        String assignedWorker,
        @Schema(description = "Housing First: one of OUTREACH, HOSTEL, PRISON_OR_PROBATION, HOSPITAL, LOCAL_AUTHORITY"
                + "; Thrive into Work: one of GP, OTHER_PRIMARY_CARE, COMMUNITY_HEALTH_TEAM, SELF",
                example = "OUTREACH")
        String source,
        @Schema(example = "2025-01-31", description = "Housing First and Thrive into Work: the referral date")
        LocalDate referredOn,
        @Schema(example = "2025-01-31", description = "Rough Sleeping Initiative: the date outreach made contact")
        LocalDate contactedOn,
        @Schema(example = "Digbeth, under the railway arches",
                description = "Rough Sleeping Initiative: where the person was found")
        String location,
        @Schema(description = "Rough Sleeping Initiative: seen sleeping rough by outreach")
        Boolean verifiedRoughSleeper,
        @Schema(example = "M85001", description = "Thrive into Work: the ODS code of the referring practice")
        String referrerOdsCode,
        @Schema(description = "optional, chosen by the client: a retry with the same request id lands on the "
                + "same enrolment and gets the same answer", example = "0b7c5e36-1f0e-4b8e-9a3c-1b2f5c1d2e3f")
        String requestId) {
}
