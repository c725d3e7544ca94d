package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.consent.LiftProcessingRestriction;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data protection officer restricts processing of a person's record and lifts it (UK GDPR Article 18). Who may
 * is decided with the commands ({@code CommandAccess}), the rules by the Participant aggregate.
 */
@RestController
@RequestMapping("/api/participants/{participantId}/restriction")
@Tag(name = "Data protection")
class RestrictionController {

    private final CommandGateway commands;

    RestrictionController(CommandGateway commands) {
        this.commands = commands;
    }

    record RestrictionRequest(
            @Schema(example = "ACCURACY_CONTESTED", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"ACCURACY_CONTESTED", "UNLAWFUL_PROCESSING_ERASURE_OPPOSED",
                            "NEEDED_FOR_LEGAL_CLAIMS", "OBJECTION_PENDING"}) String ground,
            @Schema(description = "optional: the officer's note about the request (kept as personal data)")
            String note) {
    }

    @PostMapping
    @Operation(summary = "Restrict processing of a person's record; data protection officer only",
            description = "200 when restricted (also when it was restricted on this ground already: nothing new is"
                    + " recorded). The record can still be read; nothing more is recorded about the person until the"
                    + " officer lifts it. 400 for a missing or unknown ground (the problem lists the grounds) or a"
                    + " note over 1000 characters; 403 for every other role; 404 for an unknown id; 409 when"
                    + " restricted already on another ground; 410 when the record was erased")
    ResponseEntity<Map<String, String>> restrict(@PathVariable String participantId,
                                                 @RequestBody(required = false) RestrictionRequest request,
                                                 Authentication caller) {
        InputCheck check = new InputCheck();
        String groundText = request == null ? null : request.ground();
        RestrictionGround ground = InputCheck.parse(groundText, RestrictionGround.class)
                .filter(RestrictionGround.officersGrounds()::contains).orElse(null);
        if (ground == null) {
            check.add("ground", (InputCheck.isBlank(groundText) ? "Ground is required" : "Unknown ground")
                    + ": use one of " + officersGrounds());
        }
        check.done();
        commands.sendAndWait(new RestrictProcessing(participantId, ground, request.note(), caller.getName()));
        return ResponseEntity.ok(Map.of("participantId", participantId, "restricted", "true",
                "ground", ground.name()));
    }

    @PostMapping("/lifting")
    @Operation(summary = "Lift the restriction of a person's record (every restriction on it); data protection "
            + "officer only", description = "200 when lifted; 403 for every other role; 404 for an unknown id;"
            + " 409 when the record is not restricted; 410 when the record was erased")
    ResponseEntity<Map<String, String>> lift(@PathVariable String participantId, Authentication caller) {
        commands.sendAndWait(new LiftProcessingRestriction(participantId, caller.getName()));
        return ResponseEntity.ok(Map.of("participantId", participantId, "restricted", "false"));
    }

    private static String officersGrounds() {
        return RestrictionGround.officersGrounds().stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
