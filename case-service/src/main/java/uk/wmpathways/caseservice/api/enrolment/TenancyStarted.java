package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.PersonalData;

/** A Housing First tenancy started. {@code property} is the address (personal data). */
@Revision("1")
public record TenancyStarted(String enrolmentId,
                             String tenancyId,
                             @PersonalData String property,
                             LandlordType landlordType,
                             LocalDate startedOn,
                             String requestId,
                             String recordedBy,
                             Instant recordedAt) implements EnrolmentEvent {
}
