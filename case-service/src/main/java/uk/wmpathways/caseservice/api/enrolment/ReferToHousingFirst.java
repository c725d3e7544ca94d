package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.LocalAuthority;

public record ReferToHousingFirst(@TargetAggregateIdentifier String enrolmentId,
                                  String participantId,
                                  String providerOrganisation,
                                  LocalAuthority localAuthority,
                                  FundingStream fundingStream,
                                  String assignedWorker,
                                  HousingFirstReferralSource source,
                                  LocalDate referredOn,
                                  String requestId,
                                  String recordedBy) implements StartEnrolmentCommand {
}
