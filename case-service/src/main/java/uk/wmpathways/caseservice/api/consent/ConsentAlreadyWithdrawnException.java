package uk.wmpathways.caseservice.api.consent;

/** The consent was withdrawn already (HTTP 409). Nothing was recorded. */
public class ConsentAlreadyWithdrawnException extends RuntimeException {

    public ConsentAlreadyWithdrawnException() {
        super("This consent was withdrawn already", null, false, false);
    }
}
