package uk.wmpathways.caseservice.api.organisation;

/** An organisation with this code exists already (retired ones keep their code: history names them by it). */
public class OrganisationCodeTakenException extends RuntimeException {

    public OrganisationCodeTakenException(String code) {
        super("An organisation with the code " + code + " exists already");
    }
}
