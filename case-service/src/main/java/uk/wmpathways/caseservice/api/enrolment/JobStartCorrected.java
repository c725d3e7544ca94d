package uk.wmpathways.caseservice.api.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/**
 * A job start was corrected: {@code startedOn}, {@code hoursPerWeek} and {@code hourlyPay} replace what was
 * recorded. Reports as at a day before this was recorded still show the job as it was first recorded.
 */
@Revision("1")
public record JobStartCorrected(String enrolmentId,
                                String jobId,
                                LocalDate startedOn,
                                BigDecimal hoursPerWeek,
                                BigDecimal hourlyPay,
                                @PersonalData String reason,
                                String requestId,
                                String recordedBy,
                                Instant recordedAt) implements EnrolmentEvent {
}
