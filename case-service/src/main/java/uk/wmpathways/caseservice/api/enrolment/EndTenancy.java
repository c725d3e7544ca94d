package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndTenancy(@TargetAggregateIdentifier String enrolmentId,
                         String tenancyId,
                         TenancyEndReason reason,
                         LocalDate endedOn,
                         String requestId,
                         Long expectedVersion,
                         String recordedBy) implements EnrolmentCommand {
}
