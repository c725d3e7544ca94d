package uk.wmpathways.caseservice.api.consent;

/** The person has no consent with this id (HTTP 404). Nothing was recorded. */
public class UnknownConsentException extends RuntimeException {

    public UnknownConsentException() {
        super("This person has no consent with this id", null, false, false);
    }
}
