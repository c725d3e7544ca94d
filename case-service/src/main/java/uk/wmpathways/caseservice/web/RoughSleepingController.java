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
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;

import java.time.LocalDate;

import static uk.wmpathways.caseservice.web.EnrolmentStepController.EXPECTED_VERSION;
import static uk.wmpathways.caseservice.web.EnrolmentStepController.REQUEST_ID;

/** The Rough Sleeping Initiative steps: emergency accommodation, move-on, return to rough sleeping. */
@RestController
@RequestMapping("/api/enrolments/{enrolmentId}")
@Tag(name = "Rough Sleeping Initiative steps", description = EnrolmentStepController.ANSWERS)
@PreAuthorize("hasRole('CASEWORKER')")
class RoughSleepingController {

    record EmergencyPlacementRequest(
            @Schema(implementation = EmergencyAccommodationType.class, requiredMode = Schema.RequiredMode.REQUIRED)
            String accommodationType,
            @Schema(example = "Central assessment hub") String accommodationName,
            @Schema(example = "2025-02-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate placedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record MoveOnRequest(
            @Schema(implementation = MoveOnKind.class, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(example = "Supported flat, Coventry") String destination,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "settled accommodation intended to last six months or more")
            Boolean intendedToLastSixMonthsOrMore,
            @Schema(example = "2025-03-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate movedOn,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ReturnToRoughSleepingRequest(
            @Schema(example = "2025-05-20", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate seenOn,
            @Schema(example = "Digbeth coach station") String location,
            @Schema(description = REQUEST_ID) String requestId,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    private final EnrolmentSteps steps;

    RoughSleepingController(EnrolmentSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/emergency-placements")
    @StepResponses.Creates
    @Operation(summary = "Place the person in emergency or interim accommodation",
            description = "201 with the placement's id.")
    ResponseEntity<StepAnswer> placeInEmergencyAccommodation(@PathVariable String enrolmentId,
                                                             @RequestBody EmergencyPlacementRequest request,
                                                             Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.creates(check, new PlaceInEmergencyAccommodation(enrolmentId,
                check.code("accommodationType", "Accommodation type", request.accommodationType(),
                        EmergencyAccommodationType.class),
                request.accommodationName(), request.placedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                RoughSleepingRules::placement, StepAnswer.Shows.PLACEMENT);
    }

    @PostMapping("/move-ons")
    @StepResponses.Changes
    @Operation(summary = "Record a move-on to settled accommodation, or a reconnection to another area",
            description = "200.")
    ResponseEntity<StepAnswer> recordMoveOn(@PathVariable String enrolmentId, @RequestBody MoveOnRequest request,
                                            Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new RecordMoveOn(enrolmentId,
                check.code("kind", "Kind of move-on", request.kind(), MoveOnKind.class), request.destination(),
                Boolean.TRUE.equals(check.present("intendedToLastSixMonthsOrMore",
                        "Whether it is intended to last six months or more", request.intendedToLastSixMonthsOrMore())),
                request.movedOn(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()), RoughSleepingRules::moveOn);
    }

    @PostMapping("/returns-to-rough-sleeping")
    @StepResponses.Changes
    @Operation(summary = "Record that the person was seen sleeping rough again",
            description = "After a placement or a move-on. 200.")
    ResponseEntity<StepAnswer> recordReturnToRoughSleeping(@PathVariable String enrolmentId,
                                                           @RequestBody ReturnToRoughSleepingRequest request,
                                                           Authentication caller) {
        InputCheck check = new InputCheck();
        return steps.changes(check, new RecordReturnToRoughSleeping(enrolmentId, request.seenOn(),
                request.location(), check.requestId(request.requestId()),
                check.expectedVersion(request.expectedVersion()), caller.getName()),
                RoughSleepingRules::returnToRoughSleeping);
    }
}
