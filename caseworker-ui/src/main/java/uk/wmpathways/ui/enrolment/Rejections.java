package uk.wmpathways.ui.enrolment;

import org.axonframework.commandhandling.CommandExecutionException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The rule a command broke, from the wrapping it arrives in. */
final class Rejections {

    private Rejections() {
    }

    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof CommandExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
