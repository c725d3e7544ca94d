package uk.wmpathways.caseservice.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.util.Set;

/** An administrator sets which pathways and local authorities an organisation serves (for enrolments from now). */
public record ChangeOrganisationServices(@TargetAggregateIdentifier String code, Set<Pathway> pathways,
                                         Set<LocalAuthority> localAuthorities, String recordedBy)
        implements OrganisationCommand {
}
