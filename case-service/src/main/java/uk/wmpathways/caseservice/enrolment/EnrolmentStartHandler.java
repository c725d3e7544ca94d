package uk.wmpathways.caseservice.enrolment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Starts enrolments: a referral to Housing First or Thrive into Work, or a first outreach contact. A retry of
 * a start (same enrolment id, same request id) records nothing and answers the id again; another start under
 * an id that is taken is refused as a conflict. The participant must be registered (unknown: not found).
 * The enrolment itself checks the details ({@link Enrolment}'s starting constructors).
 */
@Component
class EnrolmentStartHandler {

    private final Repository<Enrolment> enrolments;
    private final EventStore eventStore;
    private final Participants participants;
    private final Clock clock;
    private final ProviderOrganisations organisations;
    private final Workers workers;

    EnrolmentStartHandler(Repository<Enrolment> enrolments, EventStore eventStore, Participants participants,
                          Clock clock, ProviderOrganisations organisations, Workers workers) {
        this.enrolments = enrolments;
        this.eventStore = eventStore;
        this.participants = participants;
        this.clock = clock;
        this.organisations = organisations;
        this.workers = workers;
    }

    @CommandHandler
    StepResult handle(ReferToHousingFirst command) throws Exception {
        return start(command, () -> new Enrolment(command, clock, organisations, workers));
    }

    @CommandHandler
    StepResult handle(RecordOutreachContact command) throws Exception {
        return start(command, () -> new Enrolment(command, clock, organisations, workers));
    }

    @CommandHandler
    StepResult handle(ReferToThriveIntoWork command) throws Exception {
        return start(command, () -> new Enrolment(command, clock, organisations, workers));
    }

    private StepResult start(StartEnrolmentCommand command, Callable<Enrolment> enrolment) throws Exception {
        requireIds(command);
        Optional<Enrolment> existing = find(command.enrolmentId());
        if (existing.isPresent()) {
            return existing.get().answerTo(command.requestId()).orElseThrow(() -> new ConcurrencyException(
                    "An enrolment with this id exists already; it was started by another request"));
        }
        if (!participants.exists(command.participantId())) {
            throw new ParticipantNotRegisteredException(command.participantId());
        }
        Long version = enrolments.newInstance(enrolment).version();
        return new StepResult(command.enrolmentId(), version == null ? 0 : version, command.enrolmentId(), null);
    }

    private static void requireIds(StartEnrolmentCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (StepRules.isBlank(command.enrolmentId())) {
            problems.add(new FieldProblem("enrolmentId", "Enrolment id is required"));
        }
        if (StepRules.isBlank(command.participantId())) {
            problems.add(new FieldProblem("participantId", "Participant is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    /**
     * Asks the event store first, because the repository logs a warning with a stack trace for every load of
     * an aggregate that does not exist, and a new id is the usual case here.
     */
    private Optional<Enrolment> find(String enrolmentId) {
        try {
            if (eventStore.lastSequenceNumberFor(enrolmentId).isEmpty()) {
                return Optional.empty();
            }
        } catch (AggregateNotFoundException noEvents) {
            // how Axon's aggregate test fixture answers for an id without events
            return Optional.empty();
        }
        return Optional.of(enrolments.load(enrolmentId).invoke(enrolment -> enrolment));
    }
}
