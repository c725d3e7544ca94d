package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.tidy;
import static uk.wmpathways.caseservice.enrolment.Problems.reject;
import static uk.wmpathways.caseservice.enrolment.Problems.rejectIf;

/** How the steps every pathway shares are decided: worker, transfer, contacts, closing and re-opening. */
final class CommonSteps {

    private CommonSteps() {
    }

    static Decision assignWorker(AssignWorker command, EnrolmentState state, Clock clock, Workers workers) {
        return new Decision(Step.ASSIGN_WORKER, problems -> StepRules.assignWorker(command, problems), () -> {
            String worker = command.worker().trim();
            StartChecks.workerProblem(workers, worker, state.providerOrganisation(),
                    "this enrolment's provider organisation").ifPresent(message -> reject("worker", message));
            if (!worker.equals(state.assignedWorker())) {
                apply(new WorkerAssigned(state.enrolmentId(), worker, state.assignedWorker(), command.assignedOn(),
                        command.requestId(), command.recordedBy(), clock.instant()));
            }
            return state.enrolmentId();
        });
    }

    static Decision transfer(TransferEnrolment command, EnrolmentState state, Clock clock,
                             ProviderOrganisations organisations, Workers workers) {
        String toOrganisation = tidy(command.toOrganisation());
        String worker = tidy(command.worker());
        return new Decision(Step.TRANSFER, problems -> {
            StepRules.transfer(command, problems);
            if (toOrganisation != null && !organisations.exists(toOrganisation)) {
                problems.add("toOrganisation", "Organisation to transfer to is not one of the known organisations");
            } else if (toOrganisation != null && worker != null) {
                StartChecks.workerProblem(workers, worker, toOrganisation,
                                "the organisation the enrolment is transferred to")
                        .ifPresent(message -> problems.add("worker", message));
            }
        }, () -> {
            rejectIf(toOrganisation.equals(state.providerOrganisation()), "toOrganisation",
                    "The enrolment is already with this organisation");
            StartChecks.requireTakesOn(organisations, "toOrganisation", toOrganisation, state.pathway(),
                    state.localAuthority());
            apply(new EnrolmentTransferred(state.enrolmentId(), state.providerOrganisation(), toOrganisation, worker,
                    tidy(command.reason()), command.transferredOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision logContact(LogContact command, EnrolmentState state, Clock clock) {
        return new Decision(Step.LOG_CONTACT, problems -> StepRules.logContact(command, problems), () -> {
            String contactId = Enrolment.newId();
            apply(new ContactLogged(state.enrolmentId(), contactId, command.type(), command.durationMinutes(),
                    tidy(command.note()), command.contactedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return contactId;
        });
    }

    /** A Thrive into Work enrolment closes with no destination; the others with one. */
    static Decision close(CloseEnrolment command, EnrolmentState state, Clock clock) {
        return new Decision(Step.CLOSE, problems -> StepRules.close(command, state.pathway(), problems), () -> {
            apply(new EnrolmentClosed(state.enrolmentId(), command.reason(), command.destination(),
                    command.closedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision reopen(ReopenEnrolment command, EnrolmentState state, Clock clock) {
        return new Decision(Step.REOPEN, problems -> StepRules.reopen(command, problems), () -> {
            rejectIf(command.reopenedOn().isBefore(state.closedOn()), "reopenedOn",
                    "Re-opening date cannot be before the enrolment was closed");
            apply(new EnrolmentReopened(state.enrolmentId(), tidy(command.reason()), command.reopenedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }
}
