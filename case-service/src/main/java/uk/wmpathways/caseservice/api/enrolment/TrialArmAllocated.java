package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The participant was allocated to a trial arm. Permanent, and one arm for life: either the arm was drawn for
 * this enrolment ({@code drawn} is the number drawn uniformly from 0 to {@code drawRange} - 1; below
 * {@code treatmentBelow} means treatment; {@code reusedFromEnrolmentId} null), or the person had been allocated
 * in an earlier trial enrolment and that arm was reused without a draw ({@code reusedFromEnrolmentId} names that
 * enrolment; the draw fields are null). Revision 2 added {@code reusedFromEnrolmentId}
 * ({@code TrialArmAllocatedRevision2Upcaster}); every allocation before it was a draw.
 */
@Revision("2")
public record TrialArmAllocated(String enrolmentId,
                                TrialArm arm,
                                Integer drawn,
                                Integer drawRange,
                                Integer treatmentBelow,
                                String reusedFromEnrolmentId,
                                LocalDate allocatedOn,
                                String requestId,
                                String recordedBy,
                                Instant recordedAt) implements EnrolmentEvent {

    /** An arm drawn for this enrolment. */
    public TrialArmAllocated(String enrolmentId, TrialArm arm, int drawn, int drawRange, int treatmentBelow,
                             LocalDate allocatedOn, String requestId, String recordedBy, Instant recordedAt) {
        this(enrolmentId, arm, drawn, drawRange, treatmentBelow, null, allocatedOn, requestId, recordedBy,
                recordedAt);
    }

    /** The arm the person was allocated in an earlier trial enrolment, reused: nothing was drawn. */
    public static TrialArmAllocated reused(String enrolmentId, TrialArm arm, String fromEnrolmentId,
                                           LocalDate allocatedOn, String requestId, String recordedBy,
                                           Instant recordedAt) {
        return new TrialArmAllocated(enrolmentId, arm, null, null, null, fromEnrolmentId, allocatedOn, requestId,
                recordedBy, recordedAt);
    }

    public boolean wasReused() {
        return reusedFromEnrolmentId != null;
    }
}
