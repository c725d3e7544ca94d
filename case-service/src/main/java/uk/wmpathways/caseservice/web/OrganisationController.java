package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.ChangeOrganisationServices;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.ReinstateOrganisation;
import uk.wmpathways.caseservice.api.organisation.RenameOrganisation;
import uk.wmpathways.caseservice.api.organisation.RetireOrganisation;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The provider organisations: anyone signed in may list them (codes, names, what they serve: no personal data);
 * administrators add, rename, retire and reinstate them and set what they serve. The administrator rule is decided
 * on the command bus ({@code CommandAccess}); the annotation here only spares the bus a request it would refuse.
 */
@RestController
@Tag(name = "Organisations", description = "Listing: anyone signed in. Changes: administrators only. Errors are "
        + "application/problem+json: 400 with a message per field (errors), 403, 404 for an unknown code, 409 for a "
        + "code taken or a retirement twice.")
class OrganisationController {

    record NewOrganisationRequest(
            @Schema(example = "HOMES-FIRST", description = "2 to 40 capital letters, digits and hyphens, first a "
                    + "letter; never changes", requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(example = "Homes First Partnership", description = "up to 120 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(example = "[\"HOUSING_FIRST\"]", requiredMode = Schema.RequiredMode.REQUIRED) List<String> pathways,
            @Schema(example = "[\"WALSALL\", \"DUDLEY\"]", requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> localAuthorities) {
    }

    record NameRequest(@Schema(example = "Homes First Partnership West", requiredMode = Schema.RequiredMode.REQUIRED)
                       String name) {
    }

    record ServicesRequest(@Schema(example = "[\"HOUSING_FIRST\", \"THRIVE_INTO_WORK\"]") List<String> pathways,
                           @Schema(example = "[\"BIRMINGHAM\"]") List<String> localAuthorities) {
    }

    record OrganisationAnswer(String code, String name, boolean active, List<Pathway> pathways,
                              List<LocalAuthority> localAuthorities) {

        static OrganisationAnswer of(ProviderOrganisations.Organisation organisation) {
            return new OrganisationAnswer(organisation.code(), organisation.name(), organisation.active(),
                    Arrays.stream(Pathway.values()).filter(p -> organisation.servesPathway(p.name())).toList(),
                    Arrays.stream(LocalAuthority.values())
                            .filter(la -> organisation.servesLocalAuthority(la.name())).toList());
        }
    }

    private final CommandGateway commands;
    private final ProviderOrganisations organisations;

    OrganisationController(CommandGateway commands, ProviderOrganisations organisations) {
        this.commands = commands;
        this.organisations = organisations;
    }

    @GetMapping("/api/organisations")
    @Operation(summary = "The provider organisations, retired ones included (history names them)")
    List<OrganisationAnswer> list() {
        return organisations.organisations().stream().map(OrganisationAnswer::of).toList();
    }

    @PostMapping("/api/admin/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a provider organisation", description = "201 with the organisation; 400 per field; "
            + "409 when the code is taken (by a retired organisation too).")
    ResponseEntity<OrganisationAnswer> create(@RequestBody NewOrganisationRequest request, Authentication caller) {
        InputCheck check = new InputCheck();
        Set<Pathway> pathways = codes(check, "pathways", "Pathway", request.pathways(), Pathway.class);
        Set<LocalAuthority> areas = codes(check, "localAuthorities", "Local authority", request.localAuthorities(),
                LocalAuthority.class);
        check.done();
        String code = request.code() == null ? null : request.code().trim();
        commands.sendAndWait(new CreateOrganisation(code, request.name(), pathways, areas, caller.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(code));
    }

    @PutMapping("/api/admin/organisations/{code}/name")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rename an organisation", description = "200 with the organisation; 400; 404.")
    OrganisationAnswer rename(@PathVariable String code, @RequestBody NameRequest request, Authentication caller) {
        requireKnown(code);
        commands.sendAndWait(new RenameOrganisation(code, request.name(), caller.getName()));
        return answer(code);
    }

    @PutMapping("/api/admin/organisations/{code}/services")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set the pathways and local authorities an organisation serves",
            description = "For enrolments started or transferred from now on. 200 with the organisation; 400; 404.")
    OrganisationAnswer services(@PathVariable String code, @RequestBody ServicesRequest request,
                                Authentication caller) {
        requireKnown(code);
        InputCheck check = new InputCheck();
        Set<Pathway> pathways = codes(check, "pathways", "Pathway", request.pathways(), Pathway.class);
        Set<LocalAuthority> areas = codes(check, "localAuthorities", "Local authority", request.localAuthorities(),
                LocalAuthority.class);
        check.done();
        commands.sendAndWait(new ChangeOrganisationServices(code, pathways, areas, caller.getName()));
        return answer(code);
    }

    @PostMapping("/api/admin/organisations/{code}/retire")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Retire an organisation: no new enrolments or accounts in it; its history stays",
            description = "200 with the organisation; 404; 409 when it is retired already.")
    OrganisationAnswer retire(@PathVariable String code, Authentication caller) {
        requireKnown(code);
        commands.sendAndWait(new RetireOrganisation(code, caller.getName()));
        return answer(code);
    }

    @PostMapping("/api/admin/organisations/{code}/reinstate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Reinstate a retired organisation",
            description = "200 with the organisation; 404; 409 when it is not retired.")
    OrganisationAnswer reinstate(@PathVariable String code, Authentication caller) {
        requireKnown(code);
        commands.sendAndWait(new ReinstateOrganisation(code, caller.getName()));
        return answer(code);
    }

    private void requireKnown(String code) {
        if (!organisations.exists(code)) {
            throw UnknownIdException.organisation();
        }
    }

    private OrganisationAnswer answer(String code) {
        return organisations.organisation(code).map(OrganisationAnswer::of)
                .orElseThrow(UnknownIdException::organisation);
    }

    /** The codes given (any case); unknown ones are a problem of the field. Null when none were sent. */
    private static <E extends Enum<E>> Set<E> codes(InputCheck check, String field, String label, List<String> texts,
                                                    Class<E> type) {
        if (texts == null) {
            return null;
        }
        Set<E> parsed = EnumSet.noneOf(type);
        for (String text : texts) {
            E value = InputCheck.parse(text, type).orElse(null);
            if (value == null) {
                check.unknown(field, label, InputCheck.codesOf(type));
                return null;
            }
            parsed.add(value);
        }
        return parsed;
    }
}
