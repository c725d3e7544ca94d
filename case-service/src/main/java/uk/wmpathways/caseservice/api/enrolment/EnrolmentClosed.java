package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The enrolment was closed. Housing First and Rough Sleeping Initiative closures carry a destination; Thrive into Work ones do not (null). */
@Revision("1")
public record EnrolmentClosed(String enrolmentId,
                              ExitReason reason,
                              ExitDestination destination,
                              LocalDate closedOn,
                              String requestId,
                              String recordedBy,
                              Instant recordedAt) implements EnrolmentEvent {
}
