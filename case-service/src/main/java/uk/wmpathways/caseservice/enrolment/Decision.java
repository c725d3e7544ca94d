package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How one step on an existing enrolment is decided, once {@link Enrolment} has answered retries and checked
 * the version: the command's fields on their own ({@code fieldRules}); the tenancy or job it names must be one
 * the enrolment has had ({@code references}); the step must be allowed now; then {@code record} checks the
 * fields against what is recorded, applies the events and answers the id of what it recorded (the enrolment's
 * own id when it created nothing).
 */
record Decision(Step step, Consumer<StepProblems> fieldRules, Runnable references, Supplier<String> record) {

    private static final Runnable NOTHING_NAMED = () -> { };

    Decision(Step step, Consumer<StepProblems> fieldRules, Supplier<String> record) {
        this(step, fieldRules, NOTHING_NAMED, record);
    }
}
