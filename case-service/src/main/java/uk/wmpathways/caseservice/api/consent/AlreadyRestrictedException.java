package uk.wmpathways.caseservice.api.consent;

/**
 * The officer's restriction stands already on another ground (HTTP 409): lift it first to restrict on a new one.
 * Nothing was recorded. The message names the standing ground only.
 */
public class AlreadyRestrictedException extends RuntimeException {

    private final RestrictionGround standingGround;

    public AlreadyRestrictedException(RestrictionGround standingGround) {
        super("Processing of this person's record is restricted already (" + standingGround.label()
                + "); lift that restriction first to restrict on another ground", null, false, false);
        this.standingGround = standingGround;
    }

    public RestrictionGround standingGround() {
        return standingGround;
    }
}
