package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The Housing First eligibility assessment was made: accepted, or declined with a reason (then the enrolment is closed as not eligible). */
@Revision("1")
public record HousingFirstEligibilityAssessed(String enrolmentId,
                                              boolean accepted,
                                              DeclineReason declineReason,
                                              LocalDate assessedOn,
                                              String requestId,
                                              String recordedBy,
                                              Instant recordedAt) implements EnrolmentEvent {
}
