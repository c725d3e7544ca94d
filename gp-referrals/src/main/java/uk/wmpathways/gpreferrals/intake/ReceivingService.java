package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import uk.wmpathways.gpreferrals.intake.MessageBundle.Entry;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a message one for us: its MessageHeader's destination names our receiving service by its identifier,
 * and (a new referral) its ServiceRequest's category carries our code for a referral to IPS employment support.
 * The codes and why they are ours are in docs/gp-referrals.md ("Addressed to us").
 */
public final class ReceivingService {

    /** Our receiving services, named in {@code MessageHeader.destination.receiver.identifier}. */
    public static final String RECEIVER_SYSTEM = "https://pathways.wmpathways.uk/Id/receiving-service";
    public static final String RECEIVER_ID = "thrive-into-work-ips";
    /** Our referral categories, in {@code ServiceRequest.category.coding}. */
    public static final String CATEGORY_SYSTEM = "https://pathways.wmpathways.uk/CodeSystem/referral-category";
    public static final String CATEGORY_CODE = "ips-employment-support";
    public static final String CATEGORY_DISPLAY = "Referral to IPS employment support";

    private ReceivingService() {
    }

    public static Identifier receiver() {
        return new Identifier().setSystem(RECEIVER_SYSTEM).setValue(RECEIVER_ID);
    }

    public static Coding category() {
        return new Coding(CATEGORY_SYSTEM, CATEGORY_CODE, CATEGORY_DISPLAY);
    }

    static List<ReferralProblem> destinationProblems(Entry<MessageHeader> header) {
        List<MessageHeader.MessageDestinationComponent> destinations = header.resource().getDestination();
        if (destinations.isEmpty()) {
            return List.of(ReferralProblem.unprocessable(IssueType.REQUIRED, header.path() + ".destination",
                    "Address the message to our receiving service: a destination whose receiver has the "
                            + "identifier " + RECEIVER_SYSTEM + "|" + RECEIVER_ID));
        }
        if (destinations.stream().map(MessageHeader.MessageDestinationComponent::getReceiver)
                .anyMatch(ReceivingService::isUs)) {
            return List.of();
        }
        List<ReferralProblem> problems = new ArrayList<>();
        for (int i = 0; i < destinations.size(); i++) {
            problems.add(ReferralProblem.unprocessable(IssueType.NOTSUPPORTED,
                    header.path() + ".destination[" + i + "].receiver",
                    "This message is addressed to another service: this service receives only messages whose "
                            + "destination's receiver has the identifier " + RECEIVER_SYSTEM + "|" + RECEIVER_ID));
        }
        return problems;
    }

    static List<ReferralProblem> categoryProblems(Entry<ServiceRequest> request) {
        List<CodeableConcept> categories = request.resource().getCategory();
        if (categories.isEmpty()) {
            return List.of(ReferralProblem.unprocessable(IssueType.REQUIRED, request.path() + ".category",
                    "Say what the referral is for: a category with the code " + CATEGORY_SYSTEM + "|"
                            + CATEGORY_CODE + " (" + CATEGORY_DISPLAY + ")"));
        }
        if (categories.stream().flatMap(category -> category.getCoding().stream())
                .anyMatch(coding -> CATEGORY_SYSTEM.equals(coding.getSystem())
                        && CATEGORY_CODE.equals(coding.getCode()))) {
            return List.of();
        }
        List<ReferralProblem> problems = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            problems.add(ReferralProblem.unprocessable(IssueType.NOTSUPPORTED, request.path() + ".category[" + i + "]",
                    "This service receives only referrals to IPS employment support: a category with the code "
                            + CATEGORY_SYSTEM + "|" + CATEGORY_CODE));
        }
        return problems;
    }

    private static boolean isUs(Reference receiver) {
        return receiver != null && receiver.hasIdentifier()
                && RECEIVER_SYSTEM.equals(receiver.getIdentifier().getSystem())
                && RECEIVER_ID.equals(receiver.getIdentifier().getValue());
    }
}
