package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndJob(@TargetAggregateIdentifier String enrolmentId,
                     String jobId,
                     JobEndReason reason,
                     LocalDate endedOn,
                     String requestId,
                     Long expectedVersion,
                     String recordedBy) implements EnrolmentCommand {
}
