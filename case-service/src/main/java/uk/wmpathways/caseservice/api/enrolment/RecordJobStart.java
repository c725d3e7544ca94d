package uk.wmpathways.caseservice.api.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordJobStart(@TargetAggregateIdentifier String enrolmentId,
                             String employer,
                             String jobTitle,
                             JobSector sector,
                             BigDecimal hoursPerWeek,
                             BigDecimal hourlyPay,
                             LocalDate startedOn,
                             String requestId,
                             Long expectedVersion,
                             String recordedBy) implements EnrolmentCommand {
}
