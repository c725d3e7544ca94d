package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEmployerContact(@TargetAggregateIdentifier String enrolmentId,
                                    String employer,
                                    boolean faceToFace,
                                    LocalDate contactedOn,
                                    String requestId,
                                    Long expectedVersion,
                                    String recordedBy) implements EnrolmentCommand {
}
