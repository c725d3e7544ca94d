package uk.wmpathways.caseservice.api.enrolment;

/**
 * A step that this enrolment can never take, whatever is recorded later (an arm for an enrolment outside the
 * trial): the request cannot be processed (422), where a step not allowed yet is a conflict with the state (409).
 */
public class StepNeverAllowedException extends StepNotAllowedException {

    public StepNeverAllowedException(Step step, String reason) {
        super(step, reason);
    }
}
