package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** The enrolment was transferred to another provider organisation; {@code worker} is who takes it on there (may be null until assigned). */
@Revision("1")
public record EnrolmentTransferred(String enrolmentId,
                                   String fromOrganisation,
                                   String toOrganisation,
                                   String worker,
                                   @PersonalData String reason,
                                   LocalDate transferredOn,
                                   String requestId,
                                   String recordedBy,
                                   Instant recordedAt) implements EnrolmentEvent {
}
