package uk.wmpathways.caseservice.api.organisation;

/** A change that does not fit the organisation's state (retiring a retired one, reinstating an active one): 409. */
public class OrganisationStateException extends RuntimeException {

    public OrganisationStateException(String message) {
        super(message);
    }
}
