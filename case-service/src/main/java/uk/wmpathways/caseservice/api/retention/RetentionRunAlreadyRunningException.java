package uk.wmpathways.caseservice.api.retention;

/** A retention run is under way already; one at a time, so that no person is sent for erasure twice at once. */
public class RetentionRunAlreadyRunningException extends RuntimeException {

    public RetentionRunAlreadyRunningException() {
        super("A retention run is under way already; see the list of runs");
    }
}
