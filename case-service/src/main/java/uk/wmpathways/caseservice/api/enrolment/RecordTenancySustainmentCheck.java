package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordTenancySustainmentCheck(@TargetAggregateIdentifier String enrolmentId,
                                            String tenancyId,
                                            int monthsAfterStart,
                                            LocalDate checkedOn,
                                            String requestId,
                                            Long expectedVersion,
                                            String recordedBy) implements EnrolmentCommand {
}
