package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A referral's status as a FHIR Task, for the GP referrers of its practice (the query handlers decide; another
 * practice's or an unknown referral is 404 or an empty search, another role 403): {@code GET /fhir/Task/{id}} and
 * {@code GET /fhir/Task?based-on=ServiceRequest/{id}} (a searchset Bundle); without {@code based-on}, the
 * practice's referrals' Tasks, newest first ({@code _count}, default 50, at most 500).
 */
@RestController
class TaskController {

    private static final String SERVICE_REQUEST = "ServiceRequest/";
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final int DEFAULT_COUNT = 50;

    private final StatusReads reads;
    private final FhirResponses responses;

    TaskController(StatusReads reads, FhirResponses responses) {
        this.reads = reads;
        this.responses = responses;
    }

    @GetMapping("/fhir/Task/{id}")
    ResponseEntity<String> read(@PathVariable String id, HttpServletRequest request) throws InterruptedException {
        try {
            return reads.find(id).map(status -> responses.answer(HttpStatus.OK, GpReferralTasks.of(status), request))
                    .orElseGet(() -> responses.answer(HttpStatus.NOT_FOUND, OperationOutcomes.of(HttpStatus.NOT_FOUND,
                            IssueType.NOTFOUND, "Your practice has no referral Task with this id"), request));
        } catch (AccessRefusedException refused) {
            return forbidden(refused, request);
        }
    }

    @GetMapping("/fhir/Task")
    ResponseEntity<String> search(@RequestParam(name = "based-on", required = false) String basedOn,
                                  @RequestParam(name = "_count", required = false) String count,
                                  HttpServletRequest request) throws InterruptedException {
        try {
            List<GpReferralStatus> found;
            if (basedOn != null) {
                Optional<String> referralId = serviceRequestId(basedOn);
                if (referralId.isEmpty()) {
                    return badRequest(request, "based-on must reference a ServiceRequest: ServiceRequest/<id>");
                }
                found = reads.find(referralId.get()).map(List::of).orElse(List.of());
            } else {
                Optional<Integer> limit = count(count);
                if (limit.isEmpty()) {
                    return badRequest(request, "_count must be a whole number from 1 to 500");
                }
                found = reads.listForTheCallersPractice(limit.get());
            }
            return responses.answer(HttpStatus.OK, searchset(found, request), request);
        } catch (AccessRefusedException refused) {
            return forbidden(refused, request);
        }
    }

    /** {@code ServiceRequest/<id>}, as a relative or absolute reference, or the bare id. */
    private static Optional<String> serviceRequestId(String basedOn) {
        String value = basedOn.trim();
        int at = value.lastIndexOf(SERVICE_REQUEST);
        if (at < 0 && value.contains("/")) {
            return Optional.empty();
        }
        String id = at < 0 ? value : value.substring(at + SERVICE_REQUEST.length());
        return FHIR_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static Optional<Integer> count(String count) {
        if (count == null) {
            return Optional.of(DEFAULT_COUNT);
        }
        try {
            int value = Integer.parseInt(count.trim());
            return value >= 1 && value <= 500 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Bundle searchset(List<GpReferralStatus> found, HttpServletRequest request) {
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/fhir").toUriString();
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(found.size());
        bundle.addLink().setRelation("self").setUrl(ServletUriComponentsBuilder.fromRequest(request).toUriString());
        for (GpReferralStatus status : found) {
            bundle.addEntry().setFullUrl(baseUrl + "/Task/" + status.referralId())
                    .setResource(GpReferralTasks.of(status))
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private ResponseEntity<String> badRequest(HttpServletRequest request, String diagnostics) {
        return responses.answer(HttpStatus.BAD_REQUEST, OperationOutcomes.of(HttpStatus.BAD_REQUEST,
                IssueType.INVALID, diagnostics), request);
    }

    private ResponseEntity<String> forbidden(AccessRefusedException refused, HttpServletRequest request) {
        return responses.answer(HttpStatus.FORBIDDEN, OperationOutcomes.of(HttpStatus.FORBIDDEN,
                IssueType.FORBIDDEN, refused.getMessage()), request);
    }
}
