package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.organisation.OrganisationCodeTakenException;
import uk.wmpathways.caseservice.api.organisation.OrganisationStateException;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Sends an administrator's command as the signed-in person (the command bus decides whether they may) and shows
 * what it refused: a rule of a field on the field, anything else in a notification. Messages never hold a value
 * typed in.
 */
final class SentCommands {

    private static final Logger log = LoggerFactory.getLogger(SentCommands.class);

    private SentCommands() {
    }

    /** Sends the command; answers whether it was recorded. {@code fields}: the form's fields by command name. */
    static boolean send(CommandGateway commands, Object command, Map<String, ? extends HasValidation> fields) {
        return send(commands, command, fields, result -> { });
    }

    /** As above; {@code answer} gets what the command answered when it was recorded. */
    static boolean send(CommandGateway commands, Object command, Map<String, ? extends HasValidation> fields,
                        Consumer<Object> answer) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            answer.accept(commands.sendAndWait(command));
            return true;
        } catch (RuntimeException failure) {
            Throwable cause = unwrapped(failure);
            if (cause instanceof InvalidCommandException invalid) {
                show(invalid.problems(), fields);
            } else if (cause instanceof OrganisationCodeTakenException taken) {
                show(List.of(new FieldProblem("code", taken.getMessage())), fields);
            } else if (cause instanceof AccessRefusedException || cause instanceof OrganisationStateException) {
                notify(cause.getMessage());
            } else {
                log.error("An administrator's command failed: {}", cause.getClass().getName());
                notify("Nothing was recorded: something went wrong. Please try again.");
            }
            return false;
        }
    }

    static void notify(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void show(List<FieldProblem> problems, Map<String, ? extends HasValidation> fields) {
        Map<String, String> byField = problems.stream().collect(Collectors.groupingBy(FieldProblem::field,
                LinkedHashMap::new, Collectors.mapping(FieldProblem::message, Collectors.joining(". "))));
        byField.forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                notify(message);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof CommandExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
