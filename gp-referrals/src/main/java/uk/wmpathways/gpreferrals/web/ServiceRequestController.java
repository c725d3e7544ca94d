package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.FindGpReferralStatus;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * {@code GET /fhir/ServiceRequest/{id}}: a referral as we recorded it, for the GP referrers of its practice (the
 * query handler decides; another practice's or an unknown id is 404, another role 403). Without the patient's
 * details: the practice holds them already, and without them a read is not a read of personal data.
 */
@RestController
class ServiceRequestController {

    static final String SENDER_ID_SYSTEM = "https://pathways.wmpathways.uk/Id/sender-service-request";
    private static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

    private final QueryGateway queries;
    private final FhirResponses responses;

    ServiceRequestController(QueryGateway queries, FhirResponses responses) {
        this.queries = queries;
        this.responses = responses;
    }

    @GetMapping("/fhir/ServiceRequest/{id}")
    ResponseEntity<String> read(@PathVariable String id, HttpServletRequest request) throws InterruptedException {
        Optional<GpReferralStatus> status;
        try {
            status = queries.query(new FindGpReferralStatus(id),
                    ResponseTypes.optionalInstanceOf(GpReferralStatus.class)).get();
        } catch (ExecutionException | CompletionException failed) {
            if (failed.getCause() instanceof AccessRefusedException refused) {
                return responses.answer(HttpStatus.FORBIDDEN, OperationOutcomes.of(HttpStatus.FORBIDDEN,
                        IssueType.FORBIDDEN, refused.getMessage()), request);
            }
            throw new IllegalStateException("The GP referral status query failed", failed.getCause());
        }
        return status.map(found -> responses.answer(HttpStatus.OK, serviceRequest(found), request))
                .orElseGet(() -> responses.answer(HttpStatus.NOT_FOUND, OperationOutcomes.of(HttpStatus.NOT_FOUND,
                        IssueType.NOTFOUND, "Your practice has no referral with this id"), request));
    }

    private static ServiceRequest serviceRequest(GpReferralStatus status) {
        ServiceRequest referral = new ServiceRequest();
        referral.setId(status.referralId());
        referral.getMeta().setLastUpdated(Date.from(status.receivedAt()));
        referral.addIdentifier(new Identifier().setSystem(Acknowledgements.REFERRAL_ID_SYSTEM)
                .setValue(status.referralId()));
        if (status.senderServiceRequestId() != null) {
            referral.addIdentifier(new Identifier().setSystem(SENDER_ID_SYSTEM)
                    .setValue(status.senderServiceRequestId()));
        }
        // Recorded and not yet accepted or rejected: the referral stands (its Task is "requested")
        referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        referral.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        referral.setSubject(new Reference().setDisplay("The patient of your referral message (not repeated here)"));
        referral.setRequester(new Reference().setIdentifier(new Identifier().setSystem(ODS_SYSTEM)
                .setValue(status.practiceOdsCode())));
        if (status.authoredOn() != null) {
            referral.setAuthoredOnElement(new DateTimeType(status.authoredOn().toString()));
        }
        referral.addNote().setText("Task status: " + status.taskStatus());
        return referral;
    }
}
