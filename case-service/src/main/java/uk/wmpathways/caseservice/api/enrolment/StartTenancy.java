package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartTenancy(@TargetAggregateIdentifier String enrolmentId,
                           String property,
                           LandlordType landlordType,
                           LocalDate startedOn,
                           String requestId,
                           Long expectedVersion,
                           String recordedBy) implements EnrolmentCommand {
}
