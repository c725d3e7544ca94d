package uk.wmpathways.caseservice.api.organisation;

/** A change to a provider organisation: an administrator's, recorded in their name. */
public sealed interface OrganisationCommand permits CreateOrganisation, RenameOrganisation,
        ChangeOrganisationServices, RetireOrganisation, ReinstateOrganisation {

    String code();

    String recordedBy();
}
