package uk.wmpathways.caseservice.api.organisation;

/**
 * The organisation named in {@code field} cannot take this on: it is retired, or does not serve the pathway or
 * the local authority. The request is well formed, so it is answered 422, with the field.
 */
public class OrganisationUnavailableException extends RuntimeException {

    private final String field;

    public OrganisationUnavailableException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
