package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PlaceInEmergencyAccommodation(@TargetAggregateIdentifier String enrolmentId,
                                            EmergencyAccommodationType accommodationType,
                                            String accommodationName,
                                            LocalDate placedOn,
                                            String requestId,
                                            Long expectedVersion,
                                            String recordedBy) implements EnrolmentCommand {
}
