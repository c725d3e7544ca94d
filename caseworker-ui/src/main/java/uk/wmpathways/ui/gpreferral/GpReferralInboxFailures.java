package uk.wmpathways.ui.gpreferral;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The rule a command or query broke, from the wrapping it arrives in. */
final class GpReferralInboxFailures {

    private GpReferralInboxFailures() {
    }

    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof CommandExecutionException || cause instanceof QueryExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
