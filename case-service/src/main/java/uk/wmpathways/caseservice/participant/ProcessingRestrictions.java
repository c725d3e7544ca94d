package uk.wmpathways.caseservice.participant;

/**
 * Whether processing of a person is restricted (they withdrew the consent their record is held on), as the read
 * side knows it: updated in the unit of work that restricted it, so an enrolment's next step sees it at once.
 */
public interface ProcessingRestrictions {

    boolean restricted(String participantId);
}
