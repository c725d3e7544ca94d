package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordJobSustainmentCheck(@TargetAggregateIdentifier String enrolmentId,
                                        String jobId,
                                        int weeksAfterStart,
                                        LocalDate checkedOn,
                                        String requestId,
                                        Long expectedVersion,
                                        String recordedBy) implements EnrolmentCommand {
}
