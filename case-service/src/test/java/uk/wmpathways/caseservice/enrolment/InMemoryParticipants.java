package uk.wmpathways.caseservice.enrolment;

import java.util.HashSet;
import java.util.Set;

class InMemoryParticipants implements Participants {

    final Set<String> registered = new HashSet<>();

    @Override
    public boolean exists(String participantId) {
        return registered.contains(participantId);
    }
}
