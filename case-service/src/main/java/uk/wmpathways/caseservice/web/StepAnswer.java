package uk.wmpathways.caseservice.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

/**
 * The body of every answer to a recorded step. {@code version} is the enrolment's version once the step was
 * recorded: send it as {@code expectedVersion} with the next step to be told if someone else changed the
 * enrolment meanwhile. Exactly one id of a new thing is present when the step created one.
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

    /** The things a step can create, each answered in a field of its own. */
    enum Created { TENANCY, PLACEMENT, EMPLOYER_CONTACT, JOB, CONTACT }

    static StepAnswer of(StepRecorded recorded) {
        return new StepAnswer(recorded.enrolmentId(), recorded.version(), null, null, null, null, null, null);
    }

    StepAnswer with(Created what, String id) {
        return new StepAnswer(enrolmentId, version,
                what == Created.TENANCY ? id : tenancyId,
                what == Created.PLACEMENT ? id : placementId,
                what == Created.EMPLOYER_CONTACT ? id : employerContactId,
                what == Created.JOB ? id : jobId,
                what == Created.CONTACT ? id : contactId,
                trialArm);
    }

    StepAnswer with(TrialArm arm) {
        return new StepAnswer(enrolmentId, version, tenancyId, placementId, employerContactId, jobId, contactId, arm);
    }
}
