package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEligibilityAndConsent(@TargetAggregateIdentifier String enrolmentId,
                                          boolean eligible,
                                          boolean consentGiven,
                                          LocalDate recordedOn,
                                          String requestId,
                                          Long expectedVersion,
                                          String recordedBy) implements EnrolmentCommand {
}
