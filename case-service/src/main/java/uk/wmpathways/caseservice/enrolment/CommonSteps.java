package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.MAX_NOTE_LENGTH;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.MAX_REASON_LENGTH;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.tidy;
import static uk.wmpathways.caseservice.enrolment.Problems.reject;
import static uk.wmpathways.caseservice.enrolment.Problems.rejectIf;

/** How the steps every pathway shares are decided: worker, transfer, contacts, closing and re-opening. */
final class CommonSteps {

    private CommonSteps() {
    }

    static Decision assignWorker(AssignWorker command, EnrolmentState state, Clock clock, Workers workers) {
        return new Decision(Step.ASSIGN_WORKER, problems -> problems
                .required("worker", command.worker(), "Worker")
                .stepDate("assignedOn", command.assignedOn(), "Assignment date"), () -> {
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
            if (toOrganisation == null) {
                problems.add("toOrganisation", "Organisation to transfer to is required");
            } else if (!organisations.exists(toOrganisation)) {
                problems.add("toOrganisation", "Organisation to transfer to is not one of the known organisations");
            } else if (worker != null) {
                StartChecks.workerProblem(workers, worker, toOrganisation,
                                "the organisation the enrolment is transferred to")
                        .ifPresent(message -> problems.add("worker", message));
            }
            problems.text("reason", command.reason(), "Reason for the transfer", MAX_REASON_LENGTH)
                    .stepDate("transferredOn", command.transferredOn(), "Transfer date");
        }, () -> {
            rejectIf(toOrganisation.equals(state.providerOrganisation()), "toOrganisation",
                    "The enrolment is already with this organisation");
            apply(new EnrolmentTransferred(state.enrolmentId(), state.providerOrganisation(), toOrganisation, worker,
                    tidy(command.reason()), command.transferredOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision logContact(LogContact command, EnrolmentState state, Clock clock) {
        return new Decision(Step.LOG_CONTACT, problems -> problems
                .required("type", command.type(), "Contact type")
                .check("durationMinutes", StepRules.contactMinutes(command.durationMinutes()))
                .optionalText("note", command.note(), "Note", MAX_NOTE_LENGTH)
                .stepDate("contactedOn", command.contactedOn(), "Contact date"), () -> {
            String contactId = Enrolment.newId();
            apply(new ContactLogged(state.enrolmentId(), contactId, command.type(), command.durationMinutes(),
                    tidy(command.note()), command.contactedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return contactId;
        });
    }

    /** A Thrive into Work enrolment closes with no destination; the others with one. */
    static Decision close(CloseEnrolment command, EnrolmentState state, Clock clock) {
        boolean takesDestination = state.pathway() != Pathway.THRIVE_INTO_WORK;
        return new Decision(Step.CLOSE, problems -> problems
                .required("reason", command.reason(), "Reason for closing")
                .addIf(takesDestination && command.destination() == null, "destination",
                        "Destination is required when closing a " + state.pathway().label() + " enrolment")
                .addIf(!takesDestination && command.destination() != null, "destination",
                        "A Thrive into Work closure has no destination")
                .stepDate("closedOn", command.closedOn(), "Closing date"), () -> {
            apply(new EnrolmentClosed(state.enrolmentId(), command.reason(), command.destination(),
                    command.closedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision reopen(ReopenEnrolment command, EnrolmentState state, Clock clock) {
        return new Decision(Step.REOPEN, problems -> problems
                .text("reason", command.reason(), "Reason for re-opening", MAX_REASON_LENGTH)
                .stepDate("reopenedOn", command.reopenedOn(), "Re-opening date"), () -> {
            rejectIf(command.reopenedOn().isBefore(state.closedOn()), "reopenedOn",
                    "Re-opening date cannot be before the enrolment was closed");
            apply(new EnrolmentReopened(state.enrolmentId(), tidy(command.reason()), command.reopenedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }
}
