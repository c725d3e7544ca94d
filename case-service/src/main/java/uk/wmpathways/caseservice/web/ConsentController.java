package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.RecordConsent;
import uk.wmpathways.caseservice.api.consent.RecordLawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import uk.wmpathways.caseservice.api.consent.WithdrawConsent;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A person's lawful basis and consents. Who may record them is decided with the commands ({@code CommandAccess},
 * {@code Participant}); this only turns requests into commands.
 */
@RestController
@RequestMapping("/api/participants/{participantId}")
@Tag(name = "Participants")
class ConsentController {

    private final CommandGateway commands;
    private final ProviderOrganisations organisations;

    ConsentController(CommandGateway commands, ProviderOrganisations organisations) {
        this.commands = commands;
        this.organisations = organisations;
    }

    record LawfulBasisRequest(
            @Schema(example = "PUBLIC_TASK", requiredMode = Schema.RequiredMode.REQUIRED) String basis,
            @Schema(example = "HEALTH_OR_SOCIAL_CARE", description = "when special category data is held")
            String specialCategoryCondition,
            @Schema(example = "2026-11-20", description = "required when the basis is CONSENT") LocalDate consentGivenOn) {
    }

    record ConsentRequest(
            @Schema(example = "SHARE_WITH_ORGANISATION", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"SHARE_WITH_ORGANISATION", "PROCESSING"}) String scope,
            @Schema(example = "HOUSING-FIRST", description = "required to share: the organisation that may see the record")
            String organisation,
            @Schema(example = "2026-11-20", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate givenOn) {
    }

    @PutMapping("/lawful-basis")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Record or change the lawful basis for holding a participant's record",
            description = "204 when recorded; 400 with a message per field; 403 unless your organisation "
                    + "registered or supports the person; 404 for an unknown id")
    ResponseEntity<Void> recordLawfulBasis(@PathVariable String participantId,
                                           @RequestBody LawfulBasisRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        LawfulBasis basis = check.requiredCode("basis", "Lawful basis", request.basis(), LawfulBasis.class);
        SpecialCategoryCondition condition = check.code("specialCategoryCondition", "Special category condition",
                request.specialCategoryCondition(), SpecialCategoryCondition.class);
        check.done();
        commands.sendAndWait(new RecordLawfulBasis(participantId, basis, condition, request.consentGivenOn(),
                caller.getName()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/consents")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Record what the participant agreed to",
            description = "201 with the consent's id. Sharing with an organisation lets its caseworkers read the "
                    + "record at once. 400 with a message per field; 403 unless your organisation registered or "
                    + "supports the person; 404 for an unknown id; 409 while processing is restricted (only "
                    + "consent to processing can be recorded then)")
    ResponseEntity<Map<String, String>> recordConsent(@PathVariable String participantId,
                                                      @RequestBody ConsentRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        ConsentScope scope = check.requiredCode("scope", "Scope", request.scope(), ConsentScope.class);
        String organisation = check.organisation("organisation", "Organisation", request.organisation(),
                organisations);
        check.done();
        String consentId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordConsent(participantId, consentId, scope, organisation, request.givenOn(),
                caller.getName()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(consentId))
                .body(Map.of("consentId", consentId));
    }

    @PostMapping("/consents/{consentId}/withdrawal")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "The participant withdraws a consent",
            description = "204 when recorded: an organisation it shared with loses access at once; withdrawing "
                    + "the consent the record is held on restricts processing. 403 unless your organisation "
                    + "registered or supports the person; 404 for an unknown participant or consent; 409 when "
                    + "withdrawn already")
    ResponseEntity<Void> withdraw(@PathVariable String participantId, @PathVariable String consentId,
                                  Authentication caller) {
        commands.sendAndWait(new WithdrawConsent(participantId, consentId, caller.getName()));
        return ResponseEntity.noContent().build();
    }
}
