package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A closed enrolment was re-opened, with the reason; it returns to the stage it was closed in. */
@Revision("1")
public record EnrolmentReopened(String enrolmentId,
                                @PersonalData String reason,
                                LocalDate reopenedOn,
                                String requestId,
                                String recordedBy,
                                Instant recordedAt) implements EnrolmentEvent {
}
