package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Eligibility and consent for Thrive into Work were recorded. Eligible and consenting: the person is enrolled on {@code recordedOn}; otherwise the enrolment is closed. */
@Revision("1")
public record EligibilityAndConsentRecorded(String enrolmentId,
                                            boolean eligible,
                                            boolean consentGiven,
                                            LocalDate recordedOn,
                                            String requestId,
                                            String recordedBy,
                                            Instant recordedAt) implements EnrolmentEvent {
}
