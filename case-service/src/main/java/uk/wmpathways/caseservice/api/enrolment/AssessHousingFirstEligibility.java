package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssessHousingFirstEligibility(@TargetAggregateIdentifier String enrolmentId,
                                            boolean accepted,
                                            DeclineReason declineReason,
                                            LocalDate assessedOn,
                                            String requestId,
                                            Long expectedVersion,
                                            String recordedBy) implements EnrolmentCommand {
}
