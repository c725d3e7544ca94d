package uk.wmpathways.caseservice.api.enrolment;

import org.axonframework.modelling.command.AggregateNotFoundException;

/** An enrolment was to start for a participant id under which nobody is registered. Nothing was recorded. */
public class ParticipantNotRegisteredException extends AggregateNotFoundException {

    public ParticipantNotRegisteredException(String participantId) {
        super(participantId, "No participant has this id");
    }
}
