package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignWorker(@TargetAggregateIdentifier String enrolmentId,
                           String worker,
                           LocalDate assignedOn,
                           String requestId,
                           Long expectedVersion,
                           String recordedBy) implements EnrolmentCommand {
}
