package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.LocalDate;

/** The steps of every pathway: contacts, worker assignment, transfer, closure and re-opening. */
@RestController
@RequestMapping("/api/enrolments/{enrolmentId}")
@Tag(name = "Steps of every pathway", description = EnrolmentStepController.ANSWERS)
@PreAuthorize("hasRole('CASEWORKER')")
class EnrolmentStepController {

    static final String ANSWERS = "Every step answers with the enrolment's id and its version after the step: "
            + "201 (Location: the enrolment) with the new thing's id when the step creates one (tenancy, "
            + "placement, employer contact, job, contact), otherwise 200. The caller is recorded as the person who "
            + "recorded the step. Errors (application/problem+json): 400 with a message per field; 404 for an "
            + "unknown enrolment (or tenancy, job); 409 when the enrolment's state does not allow the step "
            + "(detail: why; property step) or when expectedVersion is not the enrolment's version (property "
            + "currentVersion). A retry with the same requestId records nothing and gets the first answer.";
    static final String REQUEST_ID = "optional, chosen by the client: a retry with the same request id records "
            + "nothing new and gets the same answer";
    static final String EXPECTED_VERSION = "optional: the enrolment's version you saw; 409 if it has changed since";

    record ContactRequest(
            @Schema(implementation = ContactType.class, requiredMode = Schema.RequiredMode.REQUIRED) String type,
            @Schema(example = "45", description = "1 to 600", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer durationMinutes,
            @Schema(example = "Talked about the move; keys on Friday.",
                    description = "up to 2000 characters; personal data") String note,
            @Schema(example = "2025-02-10", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate contactedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record WorkerAssignmentRequest(
            @Schema(example = "caseworker2", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the username of an enabled caseworker of the enrolment's organisation")
            String worker,
            @Schema(example = "2025-02-10", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate assignedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record TransferRequest(
            @Schema(example = "HOMES-FIRST", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the code of the provider organisation taking it over") String toOrganisation,
            @Schema(description = "optional: the username of a caseworker of that organisation") String worker,
            @Schema(example = "Moved to the other side of the city") String reason,
            @Schema(example = "2025-02-10", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate transferredOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ClosureRequest(
            @Schema(implementation = ExitReason.class, requiredMode = Schema.RequiredMode.REQUIRED) String reason,
            @Schema(implementation = ExitDestination.class,
                    description = "Housing First and Rough Sleeping Initiative: where the person went")
            String destination,
            @Schema(example = "2025-06-30", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate closedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ReopeningRequest(
            @Schema(example = "Asked for support again") String reason,
            @Schema(example = "2025-07-14", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate reopenedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    private final EnrolmentSteps steps;
    private final ProviderOrganisations organisations;

    EnrolmentStepController(EnrolmentSteps steps, ProviderOrganisations organisations) {
        this.steps = steps;
        this.organisations = organisations;
    }

    @PostMapping("/contacts")
    @StepResponses.Creates
    @Operation(summary = "Log a contact with the participant (face to face, phone, video or attempted)",
            description = "201 with the contact's id.")
    ResponseEntity<StepAnswer> logContact(@PathVariable String enrolmentId, @RequestBody ContactRequest request,
                                          Authentication caller) {
        InputCheck check = new InputCheck();
        Integer minutes = check.present("durationMinutes", "Duration in minutes", request.durationMinutes());
        return steps.creates(check, new LogContact(enrolmentId,
                check.code("type", "Contact type", request.type(), ContactType.class),
                minutes == null ? 0 : minutes, request.note(), request.contactedOn(),
                check.requestId(request.requestId()), check.expectedVersion(request.expectedVersion()),
                caller.getName()), StepRules::logContact, StepAnswer.Shows.CONTACT);
    }

    @PostMapping("/worker-assignment")
    @StepResponses.Changes
    @Operation(summary = "Assign the enrolment to a worker", description = "200.")
    ResponseEntity<StepAnswer> assignWorker(@PathVariable String enrolmentId,
                                            @RequestBody WorkerAssignmentRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new AssignWorker(enrolmentId, request.worker(), request.assignedOn(),
                check.requestId(request.requestId()), check.expectedVersion(request.expectedVersion()),
                caller.getName()), StepRules::assignWorker);
    }

    @PostMapping("/transfer")
    @StepResponses.Changes
    @Operation(summary = "Transfer the enrolment to another provider organisation", description = "200.")
    ResponseEntity<StepAnswer> transfer(@PathVariable String enrolmentId, @RequestBody TransferRequest request,
                                        Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new TransferEnrolment(enrolmentId,
                check.organisation("toOrganisation", "Organisation", request.toOrganisation(), organisations),
                request.worker(), request.reason(), request.transferredOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()), StepRules::transfer);
    }

    @PostMapping("/closure")
    @StepResponses.Changes
    @Operation(summary = "Close the enrolment, with the reason (and for HF and RSI the destination)",
            description = "200.")
    ResponseEntity<StepAnswer> close(@PathVariable String enrolmentId, @RequestBody ClosureRequest request,
                                     Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new CloseEnrolment(enrolmentId,
                check.code("reason", "Exit reason", request.reason(), ExitReason.class),
                check.code("destination", "Destination", request.destination(), ExitDestination.class),
                request.closedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                (command, problems) -> StepRules.close(command, null, problems));
    }

    @PostMapping("/reopening")
    @StepResponses.Changes
    @Operation(summary = "Re-open a closed enrolment", description = "200.")
    ResponseEntity<StepAnswer> reopen(@PathVariable String enrolmentId, @RequestBody ReopeningRequest request,
                                      Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new ReopenEnrolment(enrolmentId, request.reason(), request.reopenedOn(),
                check.requestId(request.requestId()), check.expectedVersion(request.expectedVersion()),
                caller.getName()), StepRules::reopen);
    }
}
