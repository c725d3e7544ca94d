package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static uk.wmpathways.caseservice.api.enrolment.StepRules.isBlank;

/** The checks of a start only the enrolment side can make: the organisation and the worker exist. */
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
