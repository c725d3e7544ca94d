package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** The employment specialist contacted an employer on the participant's behalf. */
@Revision("1")
public record EmployerContactMade(String enrolmentId,
                                  String employerContactId,
                                  @PersonalData String employer,
                                  boolean faceToFace,
                                  LocalDate contactedOn,
                                  String requestId,
                                  String recordedBy,
                                  Instant recordedAt) implements EnrolmentEvent {
}
