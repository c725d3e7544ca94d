package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator reinstates a retired organisation. */
public record ReinstateOrganisation(@TargetAggregateIdentifier String code, String recordedBy)
        implements OrganisationCommand {
}
