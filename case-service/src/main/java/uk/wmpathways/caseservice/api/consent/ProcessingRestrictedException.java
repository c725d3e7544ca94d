package uk.wmpathways.caseservice.api.consent;

/**
 * Processing of the person's record is restricted: the person withdrew the consent it is held on, or the data
 * protection officer restricted it. Nothing more is recorded about them until it is lifted (HTTP 409). Nothing
 * was recorded.
 */
public class ProcessingRestrictedException extends RuntimeException {

    /** Restricted because the consent the record is held on was withdrawn (or, as the read side knows, restricted). */
    public ProcessingRestrictedException() {
        super("Processing of this person's record is restricted: they withdrew their consent, or the data "
                + "protection officer restricted it. Record their consent again, or a different lawful basis, or "
                + "ask the data protection officer, first", null, false, false);
    }

    /** Restricted by the data protection officer: only they lift it. */
    public ProcessingRestrictedException(RestrictionGround ground) {
        super("Processing of this person's record is restricted by the data protection officer ("
                + ground.label() + "): only they can lift it", null, false, false);
    }
}
