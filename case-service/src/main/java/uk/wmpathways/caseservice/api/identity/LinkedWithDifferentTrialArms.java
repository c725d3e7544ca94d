package uk.wmpathways.caseservice.api.identity;

import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.time.Instant;

/**
 * Two records were linked as one person after each had been allocated a trial arm, and the arms differ. Recorded
 * with the link, for the trial manager to review; neither allocation is changed (randomisation history is never
 * rewritten), each record's later trial enrolments keep its own arm, and a linked record without an arm takes the
 * earlier claim's.
 */
@Revision("1")
public record LinkedWithDifferentTrialArms(String pairId,
                                           String firstParticipantId,
                                           TrialArm firstArm,
                                           String secondParticipantId,
                                           TrialArm secondArm,
                                           Instant flaggedAt) {
}
