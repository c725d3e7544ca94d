package uk.wmpathways.caseservice.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.RegistrationRules;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person supported by one or more programmes. Created by {@link ParticipantRegistrationHandler}. */
@Aggregate(snapshotTriggerDefinition = "participantSnapshotTrigger")
class Participant {

    @AggregateIdentifier
    private String participantId;
    private String nhsNumber;
    private String phoneNumber;
    private String email;
    private String registeringOrganisation;
    private boolean erased;

    Participant() {
        // for Axon: state is rebuilt from events
    }

    Participant(RegisterParticipant command, String registeringOrganisation, Clock clock) {
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
                clock.instant(),
                command.equality(),
                registeringOrganisation));
    }

    /**
     * Records new contact details; sending the details the participant already has records nothing. Only a
     * caseworker of the organisation that registered the person, or of one that supports them, changes them.
     */
    @CommandHandler
    void handle(ChangeContactDetails command, Clock clock, MetaData metaData, ParticipantSharing sharing) {
        Caller caller = Caller.of(metaData);
        if (erased) {
            throw new DataSubjectErasedException();
        }
        if (!caller.system() && !(caller.organisation() != null
                && (caller.organisation().equals(registeringOrganisation)
                || sharing.supports(caller.organisation(), participantId)))) {
            throw new AccessRefusedException(
                    "Only an organisation that supports or registered this person can change their details");
        }
        List<FieldProblem> problems = new ArrayList<>();
        RegistrationRules.phoneProblem(command.phone()).ifPresent(m -> problems.add(new FieldProblem("phone", m)));
        RegistrationRules.emailProblem(command.email()).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        String newPhoneNumber = blankToNull(command.phone());
        String newEmail = blankToNull(command.email());
        if (Objects.equals(newPhoneNumber, phoneNumber) && Objects.equals(newEmail, email)) {
            return;
        }
        apply(new ParticipantContactDetailsChanged(participantId, newPhoneNumber, newEmail, command.changedBy(),
                clock.instant()));
    }

    /**
     * Erases the record: refused while an enrolment of the person is open (close it first: an open case is still
     * being delivered under the basis it was recorded on). Erasing again only completes what the first erasure
     * started (its key destroyed and copies dropped), then says it was done before.
     */
    @CommandHandler
    void handle(EraseParticipant command, Clock clock, ErasureChecks checks, ErasureExecution execution) {
        if (erased) {
            execution.complete(participantId);
            throw new ErasureRefusedException("This person's record was erased already");
        }
        if (command.ground() == null) {
            throw new InvalidCommandException(List.of(new FieldProblem("ground", "Say on which ground the record is erased")));
        }
        int open = checks.openEnrolments(participantId);
        if (open > 0) {
            throw new ErasureRefusedException("This person has " + open + (open == 1 ? " open enrolment" : " open enrolments")
                    + "; close " + (open == 1 ? "it" : "them") + " before erasing the record, or restrict processing instead");
        }
        apply(new ParticipantErased(participantId, command.ground(), command.erasedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ParticipantErased event) {
        erased = true;
        nhsNumber = null;
        phoneNumber = null;
        email = null;
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        participantId = event.participantId();
        nhsNumber = event.nhsNumber();
        phoneNumber = event.phoneNumber();
        email = event.email();
        registeringOrganisation = event.registeringOrganisation();
    }

    @EventSourcingHandler
    void on(ParticipantContactDetailsChanged event) {
        phoneNumber = event.phoneNumber();
        email = event.email();
    }

    String nhsNumber() {
        return nhsNumber;
    }

    private static String blankToNull(String text) {
        return RegistrationRules.isBlank(text) ? null : text.trim();
    }
}
