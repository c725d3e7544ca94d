package uk.wmpathways.caseservice.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.StepResult;

/**
 * Records a step on an existing enrolment the same way for every endpoint: the command goes to the aggregate,
 * which decides (400, 404 for an unknown enrolment, tenancy or job, 409, or recorded) and answers what the
 * answer needs, a retry with the same request id included.
 */
@Component
class EnrolmentSteps {

    private final CommandGateway commands;

    EnrolmentSteps(CommandGateway commands) {
        this.commands = commands;
    }

    StepRecorded record(EnrolmentCommand command) {
        StepResult result = commands.sendAndWait(command);
        return new StepRecorded(result.enrolmentId(), result.version(), result.recordedId(), result.trialArm());
    }
}
