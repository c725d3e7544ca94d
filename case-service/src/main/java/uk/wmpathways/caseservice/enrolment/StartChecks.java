package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.organisation.OrganisationUnavailableException;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static uk.wmpathways.caseservice.api.enrolment.StepRules.isBlank;

/**
 * The checks of a start only the enrolment side can make: the organisation and the worker exist, and the
 * organisation takes the enrolment on.
 */
final class StartChecks {

    private StartChecks() {
    }

    /**
     * What only the enrolment side can tell of a start: the organisation and the worker exist. The pathway's
     * steps add the rules of the fields on their own and throw.
     */
    static StepProblems of(StartEnrolmentCommand command, Clock clock, ProviderOrganisations organisations,
                           Workers workers) {
        StepProblems problems = new StepProblems(LocalDate.now(clock), null, null);
        if (!isBlank(command.providerOrganisation()) && !organisations.exists(command.providerOrganisation())) {
            problems.add("providerOrganisation", "Provider organisation is not one of the known organisations");
        }
        if (!isBlank(command.assignedWorker()) && organisations.exists(command.providerOrganisation())) {
            workerProblem(workers, command.assignedWorker(), command.providerOrganisation(), "this organisation")
                    .ifPresent(message -> problems.add("assignedWorker", message));
        }
        return problems;
    }

    /**
     * After the fields are right: the organisation takes on this enrolment (it is not retired, and serves the
     * pathway and the local authority), else 422 with the field.
     */
    static void requireTakesOn(ProviderOrganisations organisations, StartEnrolmentCommand command, Pathway pathway) {
        requireTakesOn(organisations, "providerOrganisation", command.providerOrganisation(), pathway,
                command.localAuthority());
    }

    static void requireTakesOn(ProviderOrganisations organisations, String field, String code, Pathway pathway,
                               LocalAuthority localAuthority) {
        ProviderOrganisations.Organisation organisation = organisations.organisation(code).orElse(null);
        if (organisation == null) {
            return; // a field problem already
        }
        if (!organisation.active()) {
            throw new OrganisationUnavailableException(field, organisation.name()
                    + " is retired: it takes on no new enrolments");
        }
        if (pathway != null && !organisation.servesPathway(pathway.name())) {
            throw new OrganisationUnavailableException(field, organisation.name() + " does not deliver "
                    + pathway.label());
        }
        if (localAuthority != null && !organisation.servesLocalAuthority(localAuthority.name())) {
            throw new OrganisationUnavailableException(field, organisation.name() + " does not serve "
                    + localAuthority.displayName());
        }
    }

    static Optional<String> workerProblem(Workers workers, String username, String organisation,
                                          String organisationWords) {
        Optional<Workers.Caseworker> caseworker = workers.caseworker(username.trim());
        if (caseworker.isEmpty()) {
            return Optional.of("Worker must be the username of an enabled caseworker account");
        }
        return caseworker.get().mayWorkFor(organisation)
                ? Optional.empty()
                : Optional.of("Worker does not work for " + organisationWords);
    }
}
