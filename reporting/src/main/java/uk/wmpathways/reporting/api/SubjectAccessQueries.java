package uk.wmpathways.reporting.api;

/**
 * The messages of subject access, sent through the query gateway so that the caller travels in their metadata
 * and {@code subjectaccess.SubjectAccessQueryHandlers} decides who may (the data protection role only), for the API and the
 * UI alike. Starting a request is a query too: the command bus belongs to case-service, whose rules are
 * casework's, and a subject access request changes no case record.
 */
public final class SubjectAccessQueries {

    private SubjectAccessQueries() {
    }

    /** Records a request for everything held about one participant and starts the export in the background. */
    public record StartSubjectAccess(String participantId) {
    }

    /** Every request, newest first. */
    public record ListSubjectAccessRequests() {
    }

    /** One request: its status, progress and deadline; null when there is none with this id. */
    public record FindSubjectAccessRequest(String requestId) {
    }

    /** One of a finished request's files. */
    public record FetchSubjectAccessExport(String requestId, ExportFormat format) {
    }

    /** People to start a request for, by name or NHS number (at most 20). */
    public record FindSubjectAccessPeople(String text) {
    }

    public enum ExportFormat {
        JSON("application/json", "json"),
        HTML("text/html;charset=UTF-8", "html");

        private final String contentType;
        private final String extension;

        ExportFormat(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A person found for a request: enough to tell them apart, no more. */
    public record SubjectAccessPerson(String participantId, String name, String dateOfBirth, String nhsNumber) {
    }

    /** A finished export file; {@code fileName} names the request, never the person. */
    public record SubjectAccessFile(String fileName, String contentType, byte[] content) {
    }
}
