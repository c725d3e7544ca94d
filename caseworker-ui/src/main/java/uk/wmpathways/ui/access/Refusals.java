package uk.wmpathways.ui.access;

import uk.wmpathways.infra.access.AccessRefusedException;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** An access refusal out of the wrappers a query's future puts around it. */
public final class Refusals {

    private Refusals() {
    }

    public static Optional<AccessRefusedException> of(Throwable failure) {
        Throwable current = failure;
        while (current != null) {
            if (current instanceof AccessRefusedException refused) {
                return Optional.of(refused);
            }
            if (!(current instanceof CompletionException || current instanceof ExecutionException)
                    && !(current.getCause() instanceof AccessRefusedException)) {
                return Optional.empty();
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
