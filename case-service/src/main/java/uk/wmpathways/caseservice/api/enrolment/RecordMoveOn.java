package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMoveOn(@TargetAggregateIdentifier String enrolmentId,
                           MoveOnKind kind,
                           String destination,
                           boolean intendedToLastSixMonthsOrMore,
                           LocalDate movedOn,
                           String requestId,
                           Long expectedVersion,
                           String recordedBy) implements EnrolmentCommand {
}
