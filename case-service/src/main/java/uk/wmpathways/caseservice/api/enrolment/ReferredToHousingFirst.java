package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.infra.personaldata.DataSubject;

/** A person was referred to Housing First; the enrolment starts here. */
@Revision("1")
public record ReferredToHousingFirst(String enrolmentId,
                                     @DataSubject String participantId,
                                     String providerOrganisation,
                                     LocalAuthority localAuthority,
                                     FundingStream fundingStream,
                                     String assignedWorker,
                                     HousingFirstReferralSource source,
                                     LocalDate referredOn,
                                     String requestId,
                                     String recordedBy,
                                     Instant recordedAt) implements EnrolmentStartedEvent {
}
