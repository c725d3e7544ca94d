package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenEnrolment(@TargetAggregateIdentifier String enrolmentId,
                              String reason,
                              LocalDate reopenedOn,
                              String requestId,
                              Long expectedVersion,
                              String recordedBy) implements EnrolmentCommand {
}
