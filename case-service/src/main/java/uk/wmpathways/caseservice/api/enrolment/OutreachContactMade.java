package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

/** Outreach made contact with a person sleeping rough; the Rough Sleeping Initiative enrolment starts here. */
@Revision("1")
public record OutreachContactMade(String enrolmentId,
                                  @DataSubject String participantId,
                                  String providerOrganisation,
                                  LocalAuthority localAuthority,
                                  FundingStream fundingStream,
                                  String assignedWorker,
                                  LocalDate contactedOn,
                                  @PersonalData String location,
                                  boolean verifiedRoughSleeper,
                                  String requestId,
                                  String recordedBy,
                                  Instant recordedAt) implements EnrolmentStartedEvent {
}
