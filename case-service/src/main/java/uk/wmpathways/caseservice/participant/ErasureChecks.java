package uk.wmpathways.caseservice.participant;

/** What the erasure rule needs to know from the read side about a person's enrolments. */
public interface ErasureChecks {

    /** How many of the person's enrolments are still open. */
    int openEnrolments(String participantId);
}
