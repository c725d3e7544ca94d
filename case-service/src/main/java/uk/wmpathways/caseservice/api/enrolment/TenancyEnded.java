package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A tenancy ended. Support continues: the person may be re-housed. */
@Revision("1")
public record TenancyEnded(String enrolmentId,
                           String tenancyId,
                           TenancyEndReason reason,
                           LocalDate endedOn,
                           String requestId,
                           String recordedBy,
                           Instant recordedAt) implements EnrolmentEvent {
}
