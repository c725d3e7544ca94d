package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The employment specialist and the participant completed the vocational profile. */
@Revision("1")
public record VocationalProfileCompleted(String enrolmentId,
                                         LocalDate completedOn,
                                         String requestId,
                                         String recordedBy,
                                         Instant recordedAt) implements EnrolmentEvent {
}
