package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.LocalAuthority;

public record ReferToThriveIntoWork(@TargetAggregateIdentifier String enrolmentId,
                                    String participantId,
                                    String providerOrganisation,
                                    LocalAuthority localAuthority,
                                    FundingStream fundingStream,
                                    String assignedWorker,
                                    ThriveIntoWorkReferralSource source,
                                    String referrerOdsCode,
                                    LocalDate referredOn,
                                    String requestId,
                                    String recordedBy) implements StartEnrolmentCommand {
}
