package uk.wmpathways.caseservice.referral;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;

/**
 * Sends the start on the command bus, so that every rule of starting an enrolment holds for it as for any other
 * start (the role, the caller's own organisation, the enrolment's own checks). Sent while the acceptance is being
 * handled, it runs in a unit of work nested in the acceptance's and committed with it: a refused start rolls the
 * acceptance back, and the referral stays pending.
 */
@Component
class CommandBusEnrolmentStarts implements EnrolmentStarts {

    private final CommandGateway commands;

    CommandBusEnrolmentStarts(@Lazy CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void start(StartEnrolmentCommand start, MetaData caller) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(start).andMetaData(caller));
    }
}
