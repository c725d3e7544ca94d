package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LogContact(@TargetAggregateIdentifier String enrolmentId,
                         ContactType type,
                         int durationMinutes,
                         String note,
                         LocalDate contactedOn,
                         String requestId,
                         Long expectedVersion,
                         String recordedBy) implements EnrolmentCommand {
}
