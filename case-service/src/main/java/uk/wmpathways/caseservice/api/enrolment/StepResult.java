package uk.wmpathways.caseservice.api.enrolment;

/**
 * What a step (or the start of an enrolment) recorded, as its command answers it: the enrolment, its version
 * once the step's events were recorded, and the id of what the step created (the tenancy, placement, employer
 * contact, job or contact; the enrolment itself for a step that creates nothing); also the enrolment's trial arm
 * (null before an allocation). A retry with the same request id is answered the same way and records nothing.
 */
public record StepResult(String enrolmentId, long version, String recordedId, TrialArm trialArm) {
}
