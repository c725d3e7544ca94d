package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A person moved on to settled accommodation or was reconnected to another area. */
@Revision("1")
public record MovedOn(String enrolmentId,
                      MoveOnKind kind,
                      @PersonalData String destination,
                      boolean intendedToLastSixMonthsOrMore,
                      LocalDate movedOn,
                      String requestId,
                      String recordedBy,
                      Instant recordedAt) implements EnrolmentEvent {
}
