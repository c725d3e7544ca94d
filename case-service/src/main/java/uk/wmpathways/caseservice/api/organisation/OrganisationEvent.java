package uk.wmpathways.caseservice.api.organisation;

/** Something that happened to a provider organisation; {@code code} is the organisation's identity. */
public sealed interface OrganisationEvent permits OrganisationCreated, OrganisationRenamed,
        OrganisationServicesChanged, OrganisationRetired, OrganisationReinstated {

    String code();
}
