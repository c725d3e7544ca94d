package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.infra.personaldata.DataSubject;

/** A person was referred to Thrive into Work; the enrolment starts here. {@code referrerOdsCode} is the referring practice's ODS code, when known. */
@Revision("1")
public record ReferredToThriveIntoWork(String enrolmentId,
                                       @DataSubject String participantId,
                                       String providerOrganisation,
                                       LocalAuthority localAuthority,
                                       FundingStream fundingStream,
                                       String assignedWorker,
                                       ThriveIntoWorkReferralSource source,
                                       String referrerOdsCode,
                                       LocalDate referredOn,
                                       String requestId,
                                       String recordedBy,
                                       Instant recordedAt) implements EnrolmentStartedEvent {
}
