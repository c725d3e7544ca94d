package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.ServiceRequest;
import uk.wmpathways.gpreferrals.intake.MessageBundle.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Our rules for a message with the reason {@code update}: the practice withdraws a referral it sent (BaRS: the
 * ServiceRequest, now {@code revoked}, is the focus). It names our referral by an identifier under
 * {@link ReferralRules#REFERRAL_ID_SYSTEM} (the acknowledgement's), or by being our ServiceRequest's id. Any other
 * change to a referral is not accepted (422). Nothing of the person is needed or read.
 */
public final class CancellationRules {

    private CancellationRules() {
    }

    /** The problems, and the id of the referral to cancel when there are none. */
    public record Checked(List<ReferralProblem> problems, Optional<String> referralId) {
    }

    public static Checked check(MessageBundle bundle) {
        List<ReferralProblem> problems = new ArrayList<>();
        Entry<MessageHeader> header = new Entry<>(0, (MessageHeader) bundle.first().orElseThrow().resource());
        problems.addAll(ReferralRules.headerProblems(header));
        Optional<Entry<ServiceRequest>> focus = ReferralRules.focus(bundle, header, problems);
        if (focus.isEmpty()) {
            return new Checked(problems, Optional.empty());
        }
        ServiceRequest request = focus.get().resource();
        if (request.getStatus() != ServiceRequest.ServiceRequestStatus.REVOKED) {
            problems.add(ReferralProblem.unprocessable(IssueType.BUSINESSRULE, focus.get().path() + ".status",
                    "An update is accepted only to cancel a referral: its ServiceRequest's status must be "
                            + "'revoked'"));
        }
        Optional<String> referralId = request.getIdentifier().stream()
                .filter(identifier -> ReferralRules.REFERRAL_ID_SYSTEM.equals(identifier.getSystem()))
                .map(Identifier::getValue).filter(value -> value != null && !value.isBlank()).findFirst()
                .or(() -> Optional.ofNullable(GpReferralReader.idOf(request)).filter(id -> !id.isBlank()));
        if (referralId.isEmpty()) {
            problems.add(ReferralProblem.unprocessable(IssueType.REQUIRED, focus.get().path() + ".identifier",
                    "Name the referral to cancel: an identifier with the system " + ReferralRules.REFERRAL_ID_SYSTEM
                            + " and the referral id of our acknowledgement"));
        }
        return new Checked(problems, problems.isEmpty() ? referralId : Optional.empty());
    }
}
