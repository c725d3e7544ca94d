package uk.wmpathways.caseservice.participant;

/**
 * Whether an organisation supports a person (has or had an enrolment of theirs), as the read side knows it.
 * The registering organisation is the participant's own to know.
 */
public interface ParticipantSharing {

    boolean supports(String organisation, String participantId);
}
