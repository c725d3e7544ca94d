package uk.wmpathways.caseservice.api.enrolment;

/** A due item with the enrolment and person it is about, for "what is due" lists. */
public record DueEntry(String enrolmentId,
                       String participantId,
                       String participantName,
                       Pathway pathway,
                       String assignedWorker,
                       String providerOrganisation,
                       DueItem item) {
}
