package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteVocationalProfile(@TargetAggregateIdentifier String enrolmentId,
                                        LocalDate completedOn,
                                        String requestId,
                                        Long expectedVersion,
                                        String recordedBy) implements EnrolmentCommand {
}
