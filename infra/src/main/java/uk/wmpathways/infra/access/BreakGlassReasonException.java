package uk.wmpathways.infra.access;

/** Breaking the glass without a reason (or with one too long): nothing was granted. */
public class BreakGlassReasonException extends RuntimeException {

    public BreakGlassReasonException(String message) {
        super(message, null, false, false);
    }
}
