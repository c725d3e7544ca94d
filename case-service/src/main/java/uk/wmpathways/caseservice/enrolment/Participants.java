package uk.wmpathways.caseservice.enrolment;

import java.util.Optional;

/** Whether a participant is registered: an enrolment starts only for a known participant. */
public interface Participants {

    boolean exists(String participantId);

    /**
     * The organisation that registered the participant, as the write side knows it at once (a record registered a
     * moment ago included); empty when not known here.
     */
    default Optional<String> registeringOrganisation(String participantId) {
        return Optional.empty();
    }
}
