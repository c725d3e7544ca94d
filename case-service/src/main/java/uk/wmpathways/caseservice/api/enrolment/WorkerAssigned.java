package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A worker (username) was assigned to the enrolment; {@code previousWorker} is who had it before (null for the first assignment). */
@Revision("1")
public record WorkerAssigned(String enrolmentId,
                             String worker,
                             String previousWorker,
                             LocalDate assignedOn,
                             String requestId,
                             String recordedBy,
                             Instant recordedAt) implements EnrolmentEvent {
}
