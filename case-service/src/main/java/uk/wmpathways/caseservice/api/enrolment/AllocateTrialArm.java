package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AllocateTrialArm(@TargetAggregateIdentifier String enrolmentId,
                               LocalDate allocatedOn,
                               String requestId,
                               Long expectedVersion,
                               String recordedBy) implements EnrolmentCommand {
}
