package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator changes an organisation's name; history keeps the code, so it reads the new name. */
public record RenameOrganisation(@TargetAggregateIdentifier String code, String name, String recordedBy)
        implements OrganisationCommand {
}
