package uk.wmpathways.caseservice.identity;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.LinkedWithDifferentTrialArms;
import uk.wmpathways.caseservice.api.identity.PersonPair;
import uk.wmpathways.caseservice.api.identity.SameRecordException;
import uk.wmpathways.caseservice.enrolment.Participants;
import uk.wmpathways.caseservice.enrolment.PersonTrialArms;
import uk.wmpathways.caseservice.participant.ParticipantSharing;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Whether two participants' records are one person, as people decided it: one aggregate per pair (the ids in
 * {@link PersonPair} order), whose latest decision stands. Linking joins the records in the read models; it never
 * merges or deletes them, so a later "not the same person" undoes it without loss. Decided by a caseworker whose
 * organisation holds both records (registered or supports each): only they have seen both.
 */
@Aggregate
class PersonMatch {

    @AggregateIdentifier
    private String pairId;
    private IdentityDecision decision;

    PersonMatch() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DecideIdentity command, MetaData metaData, Clock clock, Participants participants,
                ParticipantSharing sharing, PersonTrialArms arms) {
        PersonPair pair = checkedPair(command);
        Caller caller = Caller.of(metaData);
        for (String participantId : List.of(pair.first(), pair.second())) {
            if (!participants.exists(participantId)) {
                throw new ParticipantNotRegisteredException(participantId);
            }
        }
        if (!caller.system() && (caller.organisation() == null
                || !holds(caller.organisation(), pair.first(), participants, sharing)
                || !holds(caller.organisation(), pair.second(), participants, sharing))) {
            throw new AccessRefusedException("Only an organisation that holds both records can decide whether "
                    + "they are one person");
        }
        if (command.decision() == decision) {
            return; // decided so already: a repeat records nothing
        }
        Instant now = clock.instant();
        apply(new IdentityDecided(pair.id(), pair.first(), pair.second(), command.decision(), command.decidedBy(),
                now));
        if (command.decision() == IdentityDecision.LINK) {
            Optional<TrialArm> first = arms.armOf(pair.first());
            Optional<TrialArm> second = arms.armOf(pair.second());
            if (first.isPresent() && second.isPresent() && first.get() != second.get()) {
                apply(new LinkedWithDifferentTrialArms(pair.id(), pair.first(), first.get(), pair.second(),
                        second.get(), now));
            }
        }
    }

    /**
     * The registering organisation is asked of the write side first: a record registered a moment ago (the
     * registration form's "not the same person") is not yet known to the read side that {@code sharing} asks.
     */
    private static boolean holds(String organisation, String participantId, Participants participants,
                                 ParticipantSharing sharing) {
        return participants.registeringOrganisation(participantId).filter(organisation::equals).isPresent()
                || sharing.supports(organisation, participantId);
    }

    private static PersonPair checkedPair(DecideIdentity command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.participantId() == null || command.participantId().isBlank()) {
            problems.add(new FieldProblem("participantId", "Participant is required"));
        }
        if (command.otherParticipantId() == null || command.otherParticipantId().isBlank()) {
            problems.add(new FieldProblem("otherParticipantId", "Choose the other person's record"));
        }
        if (command.decision() == null) {
            problems.add(new FieldProblem("decision", "Choose LINK or NOT_SAME_PERSON"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        if (command.participantId().equals(command.otherParticipantId())) {
            throw new SameRecordException();
        }
        PersonPair pair = PersonPair.of(command.participantId(), command.otherParticipantId());
        if (!pair.id().equals(command.pairId())) {
            throw new InvalidCommandException(List.of(new FieldProblem("pairId", "The pair id is not of these two")));
        }
        return pair;
    }

    @EventSourcingHandler
    void on(IdentityDecided event) {
        pairId = event.pairId();
        decision = event.decision();
    }
}
