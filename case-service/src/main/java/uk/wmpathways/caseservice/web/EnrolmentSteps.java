package uk.wmpathways.caseservice.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.StepResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Sends an enrolment command the same way for every endpoint. Refused here only for what HTTP alone knows
 * (an unknown code, a yes/no left out...), listed together with what the command's published rules find in its
 * other fields, so that every problem is told at once; otherwise decided where it is handled (400 with every
 * problem, 404 for an unknown participant, enrolment, tenancy or job, 409, or recorded), which answers a
 * {@link StepResult}, a retry with the same request id included.
 */
@Component
class EnrolmentSteps {

    private final CommandGateway commands;
    private final Clock clock;

    EnrolmentSteps(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** The result of the command, once {@code check} found nothing. */
    <C> StepResult send(InputCheck check, C command, BiConsumer<C, StepProblems> rules) {
        check.refuseIfAny(() -> {
            StepProblems problems = new StepProblems(LocalDate.now(clock), null, null);
            rules.accept(command, problems);
            return problems.found();
        });
        return commands.sendAndWait(command);
    }

    /** A step that changes the enrolment: 200. */
    <C> ResponseEntity<StepAnswer> changes(InputCheck check, C command, BiConsumer<C, StepProblems> rules) {
        return StepAnswer.ok(send(check, command, rules), StepAnswer.Shows.VERSION);
    }

    /** A step that creates something: 201 with its id. */
    <C> ResponseEntity<StepAnswer> creates(InputCheck check, C command, BiConsumer<C, StepProblems> rules,
                                           StepAnswer.Shows what) {
        return StepAnswer.created(send(check, command, rules), what);
    }
}
