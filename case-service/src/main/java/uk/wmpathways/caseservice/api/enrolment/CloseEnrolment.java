package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseEnrolment(@TargetAggregateIdentifier String enrolmentId,
                             ExitReason reason,
                             ExitDestination destination,
                             LocalDate closedOn,
                             String requestId,
                             Long expectedVersion,
                             String recordedBy) implements EnrolmentCommand {
}
