package uk.wmpathways.caseservice.participant;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.RegistrationRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person supported by one or more programmes. Created by {@link ParticipantRegistrationHandler}. */
@Aggregate
class Participant {

    @AggregateIdentifier
    private String participantId;
    private String nhsNumber;

    Participant() {
        // for Axon: state is rebuilt from events
    }

    Participant(RegisterParticipant command, Clock clock) {
        List<FieldProblem> problems = RegistrationRules.problems(command, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        apply(new ParticipantRegistered(
                command.participantId(),
                command.givenName().trim(),
                command.familyName().trim(),
                command.dateOfBirth(),
                NhsNumber.digitsOf(command.nhsNumber()).orElse(null),
                command.localAuthority(),
                blankToNull(command.phone()),
                blankToNull(command.email()),
                command.registeredBy(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        participantId = event.participantId();
        nhsNumber = event.nhsNumber();
    }

    String nhsNumber() {
        return nhsNumber;
    }

    private static String blankToNull(String text) {
        return RegistrationRules.isBlank(text) ? null : text.trim();
    }
}
