package uk.wmpathways.gpreferrals.web;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import uk.wmpathways.gpreferrals.intake.ReferralMessages.Received;
import uk.wmpathways.gpreferrals.intake.ReferralRules;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The synchronous answer to a referral message, shaped as the NHS Booking and Referral Standard's response
 * message: a Bundle of type {@code message} whose MessageHeader has the event {@code servicerequest-response},
 * reason {@code new}, {@code response.identifier} the request Bundle's id (BaRS; the request MessageHeader's id when
 * the bundle has none) with code {@code ok}, its {@code focus} the referral as we know it ({@code ServiceRequest/<our
 * id>}, also in the answer's identifier) and its {@code response.details} an OperationOutcome saying that the
 * referral was received and recorded, with its id.
 */
final class Acknowledgements {

    static final String BARS_EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
    static final String BARS_REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";
    static final String REFERRAL_ID_SYSTEM = ReferralRules.REFERRAL_ID_SYSTEM;

    private Acknowledgements() {
    }

    static Bundle of(Received received, String baseUrl, Instant now) {
        String referralId = received.receipt().referralId();
        OperationOutcome outcome = new OperationOutcome();
        outcome.setId(UUID.randomUUID().toString());
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(received.isCancellation()
                        ? "Referral ServiceRequest/" + referralId + " cancelled (Task/" + referralId + " cancelled)"
                        : "Referral received and recorded as ServiceRequest/" + referralId
                        + " (status requested): the service will accept or reject it; its status is Task/"
                        + referralId);

        MessageHeader header = new MessageHeader();
        header.setId(UUID.randomUUID().toString());
        header.setEvent(new Coding(BARS_EVENTS, "servicerequest-response", "ServiceRequest response"));
        header.setReason(received.isCancellation()
                ? new CodeableConcept(new Coding(BARS_REASONS, "update", "Update"))
                : new CodeableConcept(new Coding(BARS_REASONS, "new", "New")));
        header.getSource().setName("Pathways").setSoftware("Pathways").setEndpoint(baseUrl);
        MessageHeader request = (MessageHeader) received.bundle().getEntryFirstRep().getResource();
        if (request.hasSource() && request.getSource().hasEndpoint()) {
            header.addDestination().setEndpoint(request.getSource().getEndpoint());
        }
        String requestId = received.bundle().hasIdElement() && received.bundle().getIdElement().hasIdPart()
                ? received.bundle().getIdElement().getIdPart() : request.getIdElement().getIdPart();
        header.getResponse().setIdentifier(requestId).setCode(MessageHeader.ResponseType.OK)
                .setDetails(new Reference("urn:uuid:" + outcome.getIdElement().getIdPart()));
        header.addFocus(new Reference("ServiceRequest/" + referralId)
                .setIdentifier(new Identifier().setSystem(REFERRAL_ID_SYSTEM).setValue(referralId)));

        Bundle answer = new Bundle();
        answer.setId(UUID.randomUUID().toString());
        answer.setType(Bundle.BundleType.MESSAGE);
        answer.setIdentifier(new Identifier().setSystem(REFERRAL_ID_SYSTEM).setValue(referralId));
        answer.setTimestampElement(new InstantType(Date.from(now)));
        answer.addEntry().setFullUrl("urn:uuid:" + header.getIdElement().getIdPart()).setResource(header);
        answer.addEntry().setFullUrl("urn:uuid:" + outcome.getIdElement().getIdPart()).setResource(outcome);
        return answer;
    }
}
