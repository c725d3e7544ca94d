package uk.wmpathways.caseservice.enrolment;

/** Whether a participant is registered: an enrolment starts only for a known participant. */
public interface Participants {

    boolean exists(String participantId);
}
