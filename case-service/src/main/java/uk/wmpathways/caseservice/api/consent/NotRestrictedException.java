package uk.wmpathways.caseservice.api.consent;

/** Lifting a restriction the record does not have (HTTP 409). Nothing was recorded. */
public class NotRestrictedException extends RuntimeException {

    public NotRestrictedException() {
        super("Processing of this person's record is not restricted: there is nothing to lift", null, false, false);
    }
}
