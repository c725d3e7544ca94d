package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.util.Set;

/** An administrator adds a provider organisation, with the pathways and local authorities it serves. */
public record CreateOrganisation(@TargetAggregateIdentifier String code, String name, Set<Pathway> pathways,
                                 Set<LocalAuthority> localAuthorities, String recordedBy)
        implements OrganisationCommand {
}
