package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The participant was randomly allocated to a trial arm. {@code drawn} is the number drawn uniformly from 0 to {@code drawRange} - 1; below {@code treatmentBelow} means treatment. Permanent. */
@Revision("1")
public record TrialArmAllocated(String enrolmentId,
                                TrialArm arm,
                                int drawn,
                                int drawRange,
                                int treatmentBelow,
                                LocalDate allocatedOn,
                                String requestId,
                                String recordedBy,
                                Instant recordedAt) implements EnrolmentEvent {
}
