package uk.wmpathways.infra.access;

/**
 * The caller may not read or change this: answered 403 in the API and as a message in the UI. The message says
 * why in words a caseworker can act on and never names the person or quotes the record.
 */
public class AccessRefusedException extends RuntimeException {

    private final boolean breakGlassPossible;

    public AccessRefusedException(String message) {
        this(message, false);
    }

    public AccessRefusedException(String message, boolean breakGlassPossible) {
        super(message, null, false, false);
        this.breakGlassPossible = breakGlassPossible;
    }

    /** True when the caller could see it by breaking the glass (a caseworker asking for another organisation's record). */
    public boolean breakGlassPossible() {
        return breakGlassPossible;
    }
}
