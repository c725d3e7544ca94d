package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;

/**
 * Something recorded on a pathway enrolment. Every enrolment event says who recorded it and when, and the
 * client's request id when one was sent (a retry with the same id records nothing new).
 */
public interface EnrolmentEvent {

    String enrolmentId();

    String requestId();

    String recordedBy();

    Instant recordedAt();
}
