package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator retires an organisation: it takes on no new enrolments or accounts; its history stays. */
public record RetireOrganisation(@TargetAggregateIdentifier String code, String recordedBy)
        implements OrganisationCommand {
}
