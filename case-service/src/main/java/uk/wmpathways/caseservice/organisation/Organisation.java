package uk.wmpathways.caseservice.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.ChangeOrganisationServices;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.OrganisationCodeTakenException;
import uk.wmpathways.caseservice.api.organisation.OrganisationCreated;
import uk.wmpathways.caseservice.api.organisation.OrganisationReinstated;
import uk.wmpathways.caseservice.api.organisation.OrganisationRenamed;
import uk.wmpathways.caseservice.api.organisation.OrganisationRetired;
import uk.wmpathways.caseservice.api.organisation.OrganisationRules;
import uk.wmpathways.caseservice.api.organisation.OrganisationServicesChanged;
import uk.wmpathways.caseservice.api.organisation.OrganisationStateException;
import uk.wmpathways.caseservice.api.organisation.ReinstateOrganisation;
import uk.wmpathways.caseservice.api.organisation.RenameOrganisation;
import uk.wmpathways.caseservice.api.organisation.RetireOrganisation;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A provider organisation, identified by its code for life: history (timelines, reports) names organisations by
 * code, so a retired organisation is never removed and its code never reused. It decides its own fields; whether
 * it takes on an enrolment or an account is decided where those are, from what it serves and whether it is
 * retired.
 */
@Aggregate
class Organisation {

    @AggregateIdentifier
    private String code;
    private String name;
    private Set<Pathway> pathways = Set.of();
    private Set<LocalAuthority> localAuthorities = Set.of();
    private boolean retired;

    Organisation() {
        // for Axon: rebuilt from events
    }

    /**
     * A code in use is refused here, where the directory knows every organisation; two creations racing with one
     * code are told apart by the event store (the second is a conflict).
     */
    @CommandHandler
    Organisation(CreateOrganisation command, Clock clock, ProviderOrganisations organisations) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRules.code(command.code()).ifPresent(problems::add);
        OrganisationRules.name(command.name()).ifPresent(problems::add);
        problems.addAll(OrganisationRules.services(command.pathways(), command.localAuthorities()));
        throwIfAny(problems);
        if (organisations.isRecorded(command.code())) {
            throw new OrganisationCodeTakenException(command.code());
        }
        apply(new OrganisationCreated(command.code(), command.name().trim(), List.copyOf(command.pathways()),
                List.copyOf(command.localAuthorities()), command.recordedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RenameOrganisation command, Clock clock) {
        OrganisationRules.name(command.name()).ifPresent(problem -> throwIfAny(List.of(problem)));
        String newName = command.name().trim();
        if (!newName.equals(name)) {
            apply(new OrganisationRenamed(code, newName, command.recordedBy(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ChangeOrganisationServices command, Clock clock) {
        throwIfAny(OrganisationRules.services(command.pathways(), command.localAuthorities()));
        Set<Pathway> newPathways = EnumSet.copyOf(command.pathways());
        Set<LocalAuthority> newAreas = EnumSet.copyOf(command.localAuthorities());
        if (!newPathways.equals(pathways) || !newAreas.equals(localAuthorities)) {
            apply(new OrganisationServicesChanged(code, List.copyOf(newPathways), List.copyOf(newAreas),
                    command.recordedBy(),
                    clock.instant()));
        }
    }

    @CommandHandler
    void handle(RetireOrganisation command, Clock clock) {
        if (retired) {
            throw new OrganisationStateException("This organisation is retired already");
        }
        apply(new OrganisationRetired(code, command.recordedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ReinstateOrganisation command, Clock clock) {
        if (!retired) {
            throw new OrganisationStateException("This organisation is not retired");
        }
        apply(new OrganisationReinstated(code, command.recordedBy(), clock.instant()));
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    @EventSourcingHandler
    void on(OrganisationCreated event) {
        code = event.code();
        name = event.name();
        pathways = Set.copyOf(event.pathways());
        localAuthorities = Set.copyOf(event.localAuthorities());
    }

    @EventSourcingHandler
    void on(OrganisationRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(OrganisationServicesChanged event) {
        pathways = Set.copyOf(event.pathways());
        localAuthorities = Set.copyOf(event.localAuthorities());
    }

    @EventSourcingHandler
    void on(OrganisationRetired event) {
        retired = true;
    }

    @EventSourcingHandler
    void on(OrganisationReinstated event) {
        retired = false;
    }
}
