package uk.wmpathways.caseservice.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.NhsNumberAlreadyRegisteredException;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.util.Optional;

/**
 * Registers a participant: the aggregate checks the details, then the NHS number is claimed so that the same
 * person cannot be registered twice under one number. A claim conflict throws before the unit of work
 * commits, so nothing is stored.
 */
@Component
class ParticipantRegistrationHandler {

    private final Repository<Participant> participants;
    private final NhsNumberRegistry nhsNumbers;
    private final Clock clock;

    ParticipantRegistrationHandler(Repository<Participant> participants, NhsNumberRegistry nhsNumbers, Clock clock) {
        this.participants = participants;
        this.nhsNumbers = nhsNumbers;
        this.clock = clock;
    }

    @CommandHandler
    String handle(RegisterParticipant command, MetaData metaData) throws Exception {
        String organisation = Caller.of(metaData).organisation();
        Participant registered = participants.newInstance(() -> new Participant(command, organisation, clock))
                .invoke(participant -> participant);
        String nhsNumber = registered.nhsNumber();
        if (nhsNumber != null) {
            claimOrReject(nhsNumber, command.participantId());
        }
        return command.participantId();
    }

    private void claimOrReject(String nhsNumber, String participantId) {
        Optional<String> holder = nhsNumbers.claim(nhsNumber, participantId);
        if (holder.isEmpty()) {
            return;
        }
        if (isRegistered(holder.get())) {
            throw new NhsNumberAlreadyRegisteredException(holder.get());
        }
        nhsNumbers.takeOver(nhsNumber, holder.get(), participantId);
    }

    private boolean isRegistered(String participantId) {
        try {
            participants.load(participantId);
            return true;
        } catch (AggregateNotFoundException notFound) {
            return false;
        }
    }
}
