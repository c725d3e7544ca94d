package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A caseworker logged a contact. {@code note} is free text and personal data. */
@Revision("1")
public record ContactLogged(String enrolmentId,
                            String contactId,
                            ContactType type,
                            int durationMinutes,
                            @PersonalData String note,
                            LocalDate contactedOn,
                            String requestId,
                            String recordedBy,
                            Instant recordedAt) implements EnrolmentEvent {
}
