package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.util.Date;
import java.util.Optional;

/**
 * {@code GET /fhir/ServiceRequest/{id}}: a referral as we recorded it, for the GP referrers of its practice (the
 * query handler decides; another practice's or an unknown id is 404, another role 403). Without the patient's
 * details: the practice holds them already, and without them a read is not a read of personal data.
 */
@RestController
class ServiceRequestController {

    static final String SENDER_ID_SYSTEM = "https://pathways.wmpathways.uk/Id/sender-service-request";
    private static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

    private final StatusReads reads;
    private final FhirResponses responses;

    ServiceRequestController(StatusReads reads, FhirResponses responses) {
        this.reads = reads;
        this.responses = responses;
    }

    @GetMapping("/fhir/ServiceRequest/{id}")
    ResponseEntity<String> read(@PathVariable String id, HttpServletRequest request) throws InterruptedException {
        Optional<GpReferralStatus> status;
        try {
            status = reads.find(id);
        } catch (AccessRefusedException refused) {
            return responses.answer(HttpStatus.FORBIDDEN, OperationOutcomes.of(HttpStatus.FORBIDDEN,
                    IssueType.FORBIDDEN, refused.getMessage()), request);
        }
        return status.map(found -> responses.answer(HttpStatus.OK, serviceRequest(found), request))
                .orElseGet(() -> responses.answer(HttpStatus.NOT_FOUND, OperationOutcomes.of(HttpStatus.NOT_FOUND,
                        IssueType.NOTFOUND, "Your practice has no referral with this id"), request));
    }

    private static ServiceRequest serviceRequest(GpReferralStatus status) {
        ServiceRequest referral = new ServiceRequest();
        referral.setId(status.referralId());
        referral.getMeta().setLastUpdated(Date.from(status.lastModified() != null ? status.lastModified()
                : status.receivedAt()));
        referral.addIdentifier(new Identifier().setSystem(Acknowledgements.REFERRAL_ID_SYSTEM)
                .setValue(status.referralId()));
        if (status.senderServiceRequestId() != null) {
            referral.addIdentifier(new Identifier().setSystem(SENDER_ID_SYSTEM)
                    .setValue(status.senderServiceRequestId()));
        }
        referral.setStatus(requestStatus(status.taskStatus()));
        referral.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        referral.setSubject(new Reference().setDisplay("The patient of your referral message (not repeated here)"));
        referral.setRequester(new Reference().setIdentifier(new Identifier().setSystem(ODS_SYSTEM)
                .setValue(status.practiceOdsCode())));
        if (status.authoredOn() != null) {
            referral.setAuthoredOnElement(new DateTimeType(status.authoredOn().toString()));
        }
        referral.addNote().setText("Task status: " + status.taskStatus() + " (Task/" + status.referralId() + ")");
        return referral;
    }

    /**
     * Cancelled by the practice, or rejected by the service: no further activity ({@code revoked}; the Task's
     * status says which); completed once the enrolment it led to is closed; otherwise the request stands.
     */
    static ServiceRequest.ServiceRequestStatus requestStatus(String taskStatus) {
        return switch (taskStatus) {
            case GpReferralStatus.CANCELLED, GpReferralStatus.REJECTED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            case GpReferralStatus.COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        };
    }
}
