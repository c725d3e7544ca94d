package uk.wmpathways.caseservice.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

/**
 * The body of every answer to a recorded step (a retry with the same request id is answered the same way).
 * {@code version} is the enrolment's version once the step was recorded: send it as {@code expectedVersion} with
 * the next step to be told if someone else changed the enrolment meanwhile. Exactly one id of a new thing is
 * present when the step created one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StepAnswer")
record StepAnswer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String enrolmentId,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long version,
                  @Schema(description = "after starting a tenancy") String tenancyId,
                  @Schema(description = "after a placement in emergency accommodation") String placementId,
                  @Schema(description = "after recording an employer contact") String employerContactId,
                  @Schema(description = "after recording a job start") String jobId,
                  @Schema(description = "after logging a contact") String contactId,
                  @Schema(description = "after a trial arm allocation: the arm the system drew") TrialArm trialArm) {

    /** What an answer shows beside the enrolment's id and version: the id of what the step created, or the arm. */
    enum Shows { VERSION, TENANCY, PLACEMENT, EMPLOYER_CONTACT, JOB, CONTACT, TRIAL_ARM }

    static StepAnswer of(StepResult result, Shows shows) {
        String id = result.recordedId();
        return new StepAnswer(result.enrolmentId(), result.version(), shows == Shows.TENANCY ? id : null,
                shows == Shows.PLACEMENT ? id : null, shows == Shows.EMPLOYER_CONTACT ? id : null,
                shows == Shows.JOB ? id : null, shows == Shows.CONTACT ? id : null,
                shows == Shows.TRIAL_ARM ? result.trialArm() : null);
    }

    /** 200 with the enrolment's id and version (and what {@code shows}). */
    static ResponseEntity<StepAnswer> ok(StepResult result, Shows shows) {
        return ResponseEntity.ok(of(result, shows));
    }

    /** 201 with the enrolment's id and version and the new thing's id; Location is the enrolment. */
    static ResponseEntity<StepAnswer> created(StepResult result, Shows shows) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/enrolments/{id}").build(result.enrolmentId())).body(of(result, shows));
    }
}
