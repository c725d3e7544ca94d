package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.DeclineReason;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstRules;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;

import java.time.LocalDate;

/** The Housing First steps: eligibility, tenancies and their sustainment checks. */
@RestController
@RequestMapping("/api/enrolments/{enrolmentId}")
@Tag(name = "Housing First steps", description = EnrolmentStepController.ANSWERS)
@PreAuthorize("hasRole('CASEWORKER')")
class HousingFirstController {

    record EligibilityAssessmentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean accepted,
            @Schema(implementation = DeclineReason.class, description = "required when not accepted")
            String declineReason,
            @Schema(example = "2025-02-03", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate assessedOn,
            @Schema(description = EnrolmentStepController.REQUEST_ID) String requestId,
            @Schema(description = EnrolmentStepController.EXPECTED_VERSION) Long expectedVersion) {
    }

    record StartTenancyRequest(
            @Schema(example = "Flat 2, 4 Elm Road, Walsall", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the address (personal data)") String property,
            @Schema(implementation = LandlordType.class, requiredMode = Schema.RequiredMode.REQUIRED)
            String landlordType,
            @Schema(example = "2025-03-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startedOn,
            @Schema(description = EnrolmentStepController.REQUEST_ID) String requestId,
            @Schema(description = EnrolmentStepController.EXPECTED_VERSION) Long expectedVersion) {
    }

    record TenancySustainmentCheckRequest(
            @Schema(example = "12", allowableValues = {"6", "12", "24"}, requiredMode = Schema.RequiredMode.REQUIRED)
            Integer monthsAfterStart,
            @Schema(example = "2026-03-02", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate checkedOn,
            @Schema(description = EnrolmentStepController.REQUEST_ID) String requestId,
            @Schema(description = EnrolmentStepController.EXPECTED_VERSION) Long expectedVersion) {
    }

    record EndTenancyRequest(
            @Schema(implementation = TenancyEndReason.class, requiredMode = Schema.RequiredMode.REQUIRED)
            String reason,
            @Schema(example = "2026-05-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate endedOn,
            @Schema(description = EnrolmentStepController.REQUEST_ID) String requestId,
            @Schema(description = EnrolmentStepController.EXPECTED_VERSION) Long expectedVersion) {
    }

    private final EnrolmentSteps steps;

    HousingFirstController(EnrolmentSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/eligibility-assessment")
    @StepResponses.Changes
    @Operation(summary = "Assess eligibility for Housing First: accept the referral, or decline it with a reason",
            description = "A declined referral also closes the enrolment (not eligible). 200.")
    ResponseEntity<StepAnswer> assessEligibility(@PathVariable String enrolmentId,
                                                 @RequestBody EligibilityAssessmentRequest request,
                                                 Authentication caller) {
        InputCheck check = new InputCheck();
        DeclineReason declineReason = check.code("declineReason", "Decline reason", request.declineReason(),
                DeclineReason.class);
        // Without an answer the request is refused; taken as the answer the decline reason fits, only its
        // absence is told.
        Boolean accepted = check.present("accepted", "Whether the referral is accepted", request.accepted());
        return steps.changes(check, new AssessHousingFirstEligibility(enrolmentId,
                accepted != null ? accepted : InputCheck.isBlank(request.declineReason()), declineReason, request.assessedOn(),
                check.requestId(request.requestId()), check.expectedVersion(request.expectedVersion()),
                caller.getName()), HousingFirstRules::eligibilityAssessment);
    }

    @PostMapping("/tenancies")
    @StepResponses.Creates
    @Operation(summary = "Start a tenancy", description = "Only after the referral is accepted, and when no "
            + "tenancy is running. 201 with the tenancy's id.")
    ResponseEntity<StepAnswer> startTenancy(@PathVariable String enrolmentId, @RequestBody StartTenancyRequest request,
                                            Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.creates(check, new StartTenancy(enrolmentId, request.property(),
                check.code("landlordType", "Landlord type", request.landlordType(), LandlordType.class),
                request.startedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                HousingFirstRules::startTenancy, StepAnswer.Shows.TENANCY);
    }

    @PostMapping("/tenancies/{tenancyId}/sustainment-checks")
    @StepResponses.Changes
    @Operation(summary = "Record that the tenancy was still running at its 6, 12 or 24-month checkpoint",
            description = "Not before the checkpoint date. 404 when the enrolment never had this tenancy; 409 when "
                    + "it has ended. 200.")
    ResponseEntity<StepAnswer> recordSustainmentCheck(@PathVariable String enrolmentId,
                                                      @PathVariable String tenancyId,
                                                      @RequestBody TenancySustainmentCheckRequest request,
                                                      Authentication caller) {
        InputCheck check = new InputCheck();
        Integer months = check.present("monthsAfterStart", "Months after the tenancy start",
                request.monthsAfterStart());
        return steps.changes(check, new RecordTenancySustainmentCheck(enrolmentId, tenancyId,
                months == null ? 0 : months, request.checkedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()), HousingFirstRules::tenancyCheck);
    }

    @PostMapping("/tenancies/{tenancyId}/end")
    @StepResponses.Changes
    @Operation(summary = "End the tenancy, with the reason",
            description = "Not before it started. 404 when the enrolment never had this tenancy; 409 when it has "
                    + "ended already. 200.")
    ResponseEntity<StepAnswer> endTenancy(@PathVariable String enrolmentId, @PathVariable String tenancyId,
                                          @RequestBody EndTenancyRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new EndTenancy(enrolmentId, tenancyId,
                check.code("reason", "Reason the tenancy ended", request.reason(), TenancyEndReason.class),
                request.endedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()), HousingFirstRules::endTenancy);
    }
}
