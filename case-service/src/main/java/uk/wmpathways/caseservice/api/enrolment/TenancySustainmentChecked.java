package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A tenancy was confirmed still running {@code monthsAfterStart} (6, 12 or 24) months after it started. */
@Revision("1")
public record TenancySustainmentChecked(String enrolmentId,
                                        String tenancyId,
                                        int monthsAfterStart,
                                        LocalDate checkedOn,
                                        String requestId,
                                        String recordedBy,
                                        Instant recordedAt) implements EnrolmentEvent {
}
