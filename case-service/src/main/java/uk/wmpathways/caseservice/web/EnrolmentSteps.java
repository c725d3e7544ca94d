package uk.wmpathways.caseservice.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.StepResult;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Sends an enrolment command the same way for every endpoint: refused here only for what HTTP alone knows
 * (listed with what the command's published rules find in its other fields) and for values left out (in the
 * words of the command's published rules), otherwise decided where it is
 * handled (400, 404 for an unknown participant, enrolment, tenancy or job, 409, or recorded), which answers a
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

    /** The result of the command, once {@code check} found nothing and nothing its rules require is left out. */
    <C> StepResult send(InputCheck check, C command, BiConsumer<C, StepProblems> rules) {
        StepProblems problems = new StepProblems(LocalDate.now(clock), null, null);
        rules.accept(command, problems);
        check.refuseIfAnyOrAbsent(problems.found(), field -> isAbsent(command, field));
        return commands.sendAndWait(command);
    }

    /** Whether the command (a record) holds no value, or blank text, under this name. */
    private static boolean isAbsent(Object command, String field) {
        try {
            RecordComponent[] components = command.getClass().getRecordComponents();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                if (component.getName().equals(field)) {
                    Object value = component.getAccessor().invoke(command);
                    return value == null || value instanceof String text && text.isBlank();
                }
            }
        } catch (ReflectiveOperationException notReadable) {
            return false;
        }
        return false;
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
