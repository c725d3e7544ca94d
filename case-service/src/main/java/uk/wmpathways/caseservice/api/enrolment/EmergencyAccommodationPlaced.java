package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A person was placed in emergency or interim accommodation (ending any earlier placement). */
@Revision("1")
public record EmergencyAccommodationPlaced(String enrolmentId,
                                           String placementId,
                                           EmergencyAccommodationType accommodationType,
                                           @PersonalData String accommodationName,
                                           LocalDate placedOn,
                                           String requestId,
                                           String recordedBy,
                                           Instant recordedAt) implements EnrolmentEvent {
}
