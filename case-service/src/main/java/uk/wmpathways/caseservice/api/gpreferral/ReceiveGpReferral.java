package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a referral a GP practice sent (over FHIR) into Thrive into Work. Only a GP referrer of
 * {@code practiceOdsCode} sends it (decided from the caller in the metadata, in {@code CommandAccess}); the same
 * message again from the same practice ({@link SenderIds#messageKey()}) is refused as a duplicate. Answers the
 * referral id. {@code receivingOrganisation} is the provider organisation whose IPS service the referral goes to
 * (the intake's configured one): its caseworkers decide it.
 */
public record ReceiveGpReferral(@TargetAggregateIdentifier String referralId,
                                String practiceOdsCode,
                                String practiceName,
                                GpReferrer referrer,
                                SenderIds sender,
                                ReferredPatient patient,
                                LocalDate authoredOn,
                                List<String> reason,
                                List<GpReferralFlag> flags,
                                GpReferralConsent consent,
                                String receivedBy,
                                String receivingOrganisation) {

    public ReceiveGpReferral {
        reason = reason == null ? List.of() : List.copyOf(reason);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    @Override
    public String toString() {
        return "ReceiveGpReferral[referralId=" + referralId + ", practice=" + practiceOdsCode + "]";
    }
}
