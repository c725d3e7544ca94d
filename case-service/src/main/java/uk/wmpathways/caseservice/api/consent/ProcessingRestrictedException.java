package uk.wmpathways.caseservice.api.consent;

/**
 * The person withdrew their consent to processing, the basis their record is held on: nothing more is recorded
 * about them until they give it again or the basis changes (HTTP 409). Nothing was recorded.
 */
public class ProcessingRestrictedException extends RuntimeException {

    public ProcessingRestrictedException() {
        super("Processing of this person's record is restricted: they withdrew their consent. Record their "
                + "consent again, or a different lawful basis, first", null, false, false);
    }
}
