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
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.CorrectJobStart;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static uk.wmpathways.caseservice.web.EnrolmentStepController.EXPECTED_VERSION;
import static uk.wmpathways.caseservice.web.EnrolmentStepController.REQUEST_ID;

/**
 * The Thrive into Work (IPS) steps: eligibility and consent, the trial arm (drawn by the system), vocational
 * profile, employer contacts, jobs (and corrections of their starts) and their sustainment checks.
 */
@RestController
@RequestMapping("/api/enrolments/{enrolmentId}")
@Tag(name = "Thrive into Work steps", description = EnrolmentStepController.ANSWERS)
@PreAuthorize("hasRole('CASEWORKER')")
class ThriveIntoWorkController {

    record EligibilityAndConsentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean eligible,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean consentGiven,
            @Schema(example = "2025-02-03", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate recordedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record TrialArmAllocationRequest(
            @Schema(example = "2025-02-03", description = "optional: today when not given") LocalDate allocatedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion,
            @Schema(hidden = true) String trialArm) {
    }

    record VocationalProfileRequest(
            @Schema(example = "2025-02-10", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate completedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record EmployerContactRequest(
            @Schema(example = "Midland Bakeries Ltd", requiredMode = Schema.RequiredMode.REQUIRED) String employer,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean faceToFace,
            @Schema(example = "2025-02-20", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate contactedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record JobStartRequest(
            @Schema(example = "Midland Bakeries Ltd", requiredMode = Schema.RequiredMode.REQUIRED) String employer,
            @Schema(example = "Production operative", requiredMode = Schema.RequiredMode.REQUIRED) String jobTitle,
            @Schema(implementation = JobSector.class, requiredMode = Schema.RequiredMode.REQUIRED) String sector,
            @Schema(example = "16", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal hoursPerWeek,
            @Schema(example = "12.21", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal hourlyPay,
            @Schema(example = "2025-03-03", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record JobSustainmentCheckRequest(
            @Schema(example = "13", allowableValues = {"13", "26"}, requiredMode = Schema.RequiredMode.REQUIRED)
            Integer weeksAfterStart,
            @Schema(example = "2025-06-02", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate checkedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record EndJobRequest(
            @Schema(implementation = JobEndReason.class, requiredMode = Schema.RequiredMode.REQUIRED) String reason,
            @Schema(example = "2025-09-30", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate endedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record JobStartCorrectionRequest(
            @Schema(example = "2025-02-24", description = "the start date as it should have been recorded",
                    requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startedOn,
            @Schema(example = "20", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal hoursPerWeek,
            @Schema(example = "12.21", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal hourlyPay,
            @Schema(example = "The start date recorded was the offer date", description = "up to 500 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED) String reason,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    private final EnrolmentSteps steps;
    private final Clock clock;

    ThriveIntoWorkController(EnrolmentSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @PostMapping("/eligibility-and-consent")
    @StepResponses.Changes
    @Operation(summary = "Record eligibility and consent to take part in the trial",
            description = "Not eligible or no consent also closes the enrolment. 200.")
    ResponseEntity<StepAnswer> recordEligibilityAndConsent(@PathVariable String enrolmentId,
                                                           @RequestBody EligibilityAndConsentRequest request,
                                                           Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new RecordEligibilityAndConsent(enrolmentId,
                Boolean.TRUE.equals(check.present("eligible", "Whether the person is eligible", request.eligible())),
                Boolean.TRUE.equals(check.present("consentGiven", "Whether consent was given",
                        request.consentGiven())),
                request.recordedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                ThriveIntoWorkRules::eligibilityAndConsent);
    }

    @PostMapping("/trial-arm-allocation")
    @StepResponses.Changes
    @Operation(summary = "Allocate a trial arm: the system draws it at random",
            description = "No arm is sent: nobody chooses it. The allocation is permanent. 200 with the arm drawn "
                    + "(trialArm: TREATMENT or CONTROL).")
    ResponseEntity<StepAnswer> allocateTrialArm(@PathVariable String enrolmentId,
                                                @RequestBody(required = false) TrialArmAllocationRequest request,
                                                Authentication caller) {
        TrialArmAllocationRequest body = request != null ? request
                : new TrialArmAllocationRequest(null, null, null, null);
        InputCheck check = new InputCheck();
        if (body.trialArm() != null) {
            check.add("trialArm", "The trial arm is drawn at random by the system; nobody can choose it");
        }
        AllocateTrialArm command = new AllocateTrialArm(enrolmentId,
                body.allocatedOn() != null ? body.allocatedOn() : LocalDate.now(clock),
                check.requestId(body.requestId()), check.expectedVersion(body.expectedVersion()), caller.getName());
        return StepAnswer.ok(steps.send(check, command, ThriveIntoWorkRules::trialArmAllocation),
                StepAnswer.Shows.TRIAL_ARM);
    }

    @PostMapping("/vocational-profile")
    @StepResponses.Changes
    @Operation(summary = "Record that the vocational profile is completed", description = "Treatment arm only. 200.")
    ResponseEntity<StepAnswer> completeVocationalProfile(@PathVariable String enrolmentId,
                                                         @RequestBody VocationalProfileRequest request,
                                                         Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new CompleteVocationalProfile(enrolmentId, request.completedOn(),
                check.requestId(request.requestId()), check.expectedVersion(request.expectedVersion()),
                caller.getName()), ThriveIntoWorkRules::vocationalProfile);
    }

    @PostMapping("/employer-contacts")
    @StepResponses.Creates
    @Operation(summary = "Record a contact with an employer on the participant's behalf",
            description = "Treatment arm only. 201 with the employer contact's id.")
    ResponseEntity<StepAnswer> recordEmployerContact(@PathVariable String enrolmentId,
                                                     @RequestBody EmployerContactRequest request,
                                                     Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.creates(check, new RecordEmployerContact(enrolmentId, request.employer(),
                Boolean.TRUE.equals(check.present("faceToFace", "Whether it was face to face", request.faceToFace())),
                request.contactedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                ThriveIntoWorkRules::employerContact, StepAnswer.Shows.EMPLOYER_CONTACT);
    }

    @PostMapping("/jobs")
    @StepResponses.Creates
    @Operation(summary = "Record a job start", description = "Both arms, after the allocation. 201 with the job's id.")
    ResponseEntity<StepAnswer> recordJobStart(@PathVariable String enrolmentId, @RequestBody JobStartRequest request,
                                              Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.creates(check, new RecordJobStart(enrolmentId, request.employer(), request.jobTitle(),
                check.code("sector", "Sector", request.sector(), JobSector.class), request.hoursPerWeek(),
                request.hourlyPay(), request.startedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                ThriveIntoWorkRules::jobStart, StepAnswer.Shows.JOB);
    }

    @PostMapping("/jobs/{jobId}/sustainment-checks")
    @StepResponses.Changes
    @Operation(summary = "Record that the job was still held at its 13 or 26-week checkpoint",
            description = "Not before the checkpoint date. 404 when the enrolment has no job with this id. 200.")
    ResponseEntity<StepAnswer> recordJobSustainmentCheck(@PathVariable String enrolmentId, @PathVariable String jobId,
                                                         @RequestBody JobSustainmentCheckRequest request,
                                                         Authentication caller) {
        InputCheck check = new InputCheck();
        Integer weeks = check.present("weeksAfterStart", "Weeks after the job start", request.weeksAfterStart());
        return steps.changes(check, new RecordJobSustainmentCheck(enrolmentId, jobId, weeks == null ? 0 : weeks,
                request.checkedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()), ThriveIntoWorkRules::jobCheck);
    }

    @PostMapping("/jobs/{jobId}/end")
    @StepResponses.Changes
    @Operation(summary = "End a job, with the reason",
            description = "Not before it started. 404 when the enrolment has no job with this id. 200.")
    ResponseEntity<StepAnswer> endJob(@PathVariable String enrolmentId, @PathVariable String jobId,
                                      @RequestBody EndJobRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new EndJob(enrolmentId, jobId,
                check.code("reason", "Reason the job ended", request.reason(), JobEndReason.class),
                request.endedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()), ThriveIntoWorkRules::endJob);
    }

    @PostMapping("/jobs/{jobId}/correction")
    @StepResponses.Changes
    @Operation(summary = "Correct a job start recorded wrongly: its start date, hours a week and hourly pay",
            description = "The job may have ended. All three are sent as they should be, with the reason; 400 when "
                    + "nothing would change. 404 when the enrolment has no job with this id. 200.")
    ResponseEntity<StepAnswer> correctJobStart(@PathVariable String enrolmentId, @PathVariable String jobId,
                                               @RequestBody JobStartCorrectionRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new CorrectJobStart(enrolmentId, jobId, request.startedOn(),
                request.hoursPerWeek(), request.hourlyPay(), request.reason(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                ThriveIntoWorkRules::jobStartCorrection);
    }
}
