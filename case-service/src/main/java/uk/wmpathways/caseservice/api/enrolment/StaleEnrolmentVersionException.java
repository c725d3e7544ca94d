package uk.wmpathways.caseservice.api.enrolment;

/** The enrolment changed after the client read it (its version is newer than the expected one); nothing recorded. */
public class StaleEnrolmentVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleEnrolmentVersionException(long expectedVersion, long currentVersion) {
        super("The enrolment has changed since you read it (version " + currentVersion + ", you had "
                + expectedVersion + "); reload it and try again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
