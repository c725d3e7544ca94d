package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import static uk.wmpathways.caseservice.api.enrolment.StepRules.isBlank;

/** The checks every start of an enrolment shares: organisation, area, funding stream of its pathway, worker. */
final class StartChecks {

    private StartChecks() {
    }

    /** The problems found so far; the pathway's steps add their own and throw. */
    static Problems of(StartEnrolmentCommand command, Pathway pathway, Clock clock,
                       ProviderOrganisations organisations, Workers workers) {
        Problems problems = new Problems(LocalDate.now(clock), null, null);
        if (isBlank(command.providerOrganisation())) {
            problems.add("providerOrganisation", "Provider organisation is required");
        } else if (!organisations.exists(command.providerOrganisation())) {
            problems.add("providerOrganisation", "Provider organisation is not one of the known organisations");
        }
        problems.required("localAuthority", command.localAuthority(), "Local authority");
        String streams = Arrays.stream(FundingStream.values()).filter(stream -> stream.pathway() == pathway)
                .map(FundingStream::name).collect(Collectors.joining(", "));
        if (command.fundingStream() == null) {
            problems.add("fundingStream", "Funding stream is required: one of " + streams);
        } else if (command.fundingStream().pathway() != pathway) {
            problems.add("fundingStream", "Funding stream must be one of " + pathway.label() + ": " + streams);
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
