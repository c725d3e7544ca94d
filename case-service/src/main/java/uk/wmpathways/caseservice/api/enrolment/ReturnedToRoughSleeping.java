package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A person was seen sleeping rough again. */
@Revision("1")
public record ReturnedToRoughSleeping(String enrolmentId,
                                      LocalDate seenOn,
                                      @PersonalData String location,
                                      String requestId,
                                      String recordedBy,
                                      Instant recordedAt) implements EnrolmentEvent {
}
