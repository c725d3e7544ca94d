package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordReturnToRoughSleeping(@TargetAggregateIdentifier String enrolmentId,
                                          LocalDate seenOn,
                                          String location,
                                          String requestId,
                                          Long expectedVersion,
                                          String recordedBy) implements EnrolmentCommand {
}
