package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A job was confirmed still held {@code weeksAfterStart} (13 or 26) weeks after it started. */
@Revision("1")
public record JobSustainmentChecked(String enrolmentId,
                                    String jobId,
                                    int weeksAfterStart,
                                    LocalDate checkedOn,
                                    String requestId,
                                    String recordedBy,
                                    Instant recordedAt) implements EnrolmentEvent {
}
