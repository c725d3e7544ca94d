package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TransferEnrolment(@TargetAggregateIdentifier String enrolmentId,
                                String toOrganisation,
                                String worker,
                                String reason,
                                LocalDate transferredOn,
                                String requestId,
                                Long expectedVersion,
                                String recordedBy) implements EnrolmentCommand {
}
