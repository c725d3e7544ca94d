package uk.wmpathways.caseservice.api.identity;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records linked to a person's record, and the trial manager's list of records linked with different trial
 * arms. Answered for the caller in the query's metadata.
 */
public final class LinkedRecordQueries {

    private LinkedRecordQueries() {
    }

    /**
     * The records linked to this one, directly or through others. Needs read access to this record; answered with
     * {@link LinkedRecords}, or null for an unknown record.
     */
    public record FindLinkedRecords(String participantId) {
    }

    public record LinkedRecords(String participantId, List<LinkedRecord> records) {

        public LinkedRecords {
            records = records == null ? List.of() : List.copyOf(records);
        }
    }

    /**
     * One linked record. When {@code heldByCaller} is false the name and date of birth are null (the duplicate
     * check's minimal answer: that the person has a record there, and whom to contact). {@code decidedBy} and
     * {@code decidedAt} are the link's decision when {@code direct}; a record linked through another has none of
     * its own (unlinking it is done on the record it is linked to).
     */
    public record LinkedRecord(String participantId, boolean heldByCaller, String displayName, LocalDate dateOfBirth,
                               List<String> organisationsToContact, boolean direct, String decidedBy,
                               Instant decidedAt) {

        @Override
        public String toString() {
            return "LinkedRecord[participantId=" + participantId + ", direct=" + direct + "]";
        }
    }

    /** Every {@link LinkedWithDifferentTrialArms} flag, newest first; for the programme (trial) manager only. */
    public record ListTrialArmConflicts() {
    }

    public record TrialArmConflicts(List<TrialArmConflict> conflicts) {

        public TrialArmConflicts {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        }
    }

    /**
     * Two records linked after each was allocated a different arm; {@code resolved} once a later decision said
     * they are not the same person ({@code unlinkedAt}). Ids and arms only, no personal details.
     */
    public record TrialArmConflict(String pairId, String firstParticipantId, TrialArm firstArm,
                                   String secondParticipantId, TrialArm secondArm, Instant linkedAt,
                                   boolean resolved, Instant unlinkedAt) {
    }
}
