package uk.wmpathways.caseservice.api.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects a job start recorded wrongly (its date, hours or pay), with the reason. The job may have ended. */
public record CorrectJobStart(@TargetAggregateIdentifier String enrolmentId,
                              String jobId,
                              LocalDate startedOn,
                              BigDecimal hoursPerWeek,
                              BigDecimal hourlyPay,
                              String reason,
                              String requestId,
                              Long expectedVersion,
                              String recordedBy) implements EnrolmentCommand {
}
