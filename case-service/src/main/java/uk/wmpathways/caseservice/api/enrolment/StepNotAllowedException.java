package uk.wmpathways.caseservice.api.enrolment;

/** A step that the enrolment's current state does not allow; nothing was recorded. The message says why. */
public class StepNotAllowedException extends RuntimeException {

    private final Step step;

    public StepNotAllowedException(Step step, String reason) {
        super(reason);
        this.step = step;
    }

    public Step step() {
        return step;
    }
}
