package uk.wmpathways.caseservice.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.web.RecordedEnrolments.RecordedEnrolment;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records a step on an existing enrolment the same way for every endpoint: 404 when there is no such
 * enrolment; a request id the enrolment has seen before gets the first answer again, sending nothing; otherwise
 * the command goes to the aggregate (which decides: 400, 409 or recorded) and the answer is read back from the
 * events that carry the request's id.
 */
@Component
class EnrolmentSteps {

    private final CommandGateway commands;
    private final RecordedEnrolments recorded;

    EnrolmentSteps(CommandGateway commands, RecordedEnrolments recorded) {
        this.commands = commands;
        this.recorded = recorded;
    }

    StepRecorded record(String enrolmentId, String requestId, Object command) {
        return record(enrolmentId, requestId, enrolment -> { }, command);
    }

    /** As {@link #record(String, String, Object)}, with a check of the path (a tenancy, a job) before sending. */
    StepRecorded record(String enrolmentId, String requestId, Consumer<RecordedEnrolment> pathCheck, Object command) {
        RecordedEnrolment before = recorded.require(enrolmentId);
        Optional<StepRecorded> earlier = before.answerTo(requestId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        pathCheck.accept(before);
        Object result = commands.sendAndWait(command);
        RecordedEnrolment after = recorded.require(enrolmentId);
        // A step that changes nothing (the worker already assigned, say) records no event: the version stands.
        return after.answerTo(requestId).orElseGet(() -> new StepRecorded(enrolmentId, after.version(),
                result instanceof String id ? id : enrolmentId, after.state().trialArm()));
    }
}
