package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A job ended. */
@Revision("1")
public record JobEnded(String enrolmentId,
                       String jobId,
                       JobEndReason reason,
                       LocalDate endedOn,
                       String requestId,
                       String recordedBy,
                       Instant recordedAt) implements EnrolmentEvent {
}
