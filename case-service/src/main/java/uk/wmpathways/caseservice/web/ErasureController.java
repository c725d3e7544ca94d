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
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;

import java.util.Map;

/** The data protection officer erases a person's record (the rules are the Participant aggregate's). */
@RestController
@RequestMapping("/api/participants/{participantId}/erasure")
@Tag(name = "Data protection")
class ErasureController {

    private final CommandGateway commands;

    ErasureController(CommandGateway commands) {
        this.commands = commands;
    }

    record ErasureRequest(@Schema(example = "CONSENT_WITHDRAWN", requiredMode = Schema.RequiredMode.REQUIRED)
                          String ground) {
    }

    @PostMapping
    @Operation(summary = "Erase a person's record (crypto-shredding); data protection officer only",
            description = "422 when the law gives no right to erasure here (the reason says why; restrict processing"
                    + " instead), 410 when the record was erased already")
    ResponseEntity<Map<String, String>> erase(@PathVariable String participantId,
                                              @RequestBody(required = false) ErasureRequest request,
                                              Authentication caller) {
        InputCheck check = new InputCheck();
        ErasureGround ground = check.requiredCode("ground", "Ground", request == null ? null : request.ground(),
                ErasureGround.class);
        check.done();
        commands.sendAndWait(new EraseParticipant(participantId, ground, caller.getName()));
        return ResponseEntity.ok(Map.of("participantId", participantId, "erased", "true"));
    }
}
