package uk.wmpathways.caseservice.api.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** The participant started a paid job. Hours a week and hourly pay (pounds) as agreed at the start. */
@Revision("1")
public record JobStarted(String enrolmentId,
                         String jobId,
                         @PersonalData String employer,
                         @PersonalData String jobTitle,
                         JobSector sector,
                         BigDecimal hoursPerWeek,
                         BigDecimal hourlyPay,
                         LocalDate startedOn,
                         String requestId,
                         String recordedBy,
                         Instant recordedAt) implements EnrolmentEvent {
}
