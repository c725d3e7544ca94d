package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.FindParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.RegistrationRules;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindKnownPerson;
import uk.wmpathways.caseservice.api.ParticipantQueries.KnownPerson;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlass;
import uk.wmpathways.infra.access.BreakGlassUse;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants")
class ParticipantController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    private final BreakGlass glass;
    private final CallerDispatchInterceptors callers;
    private final ProviderOrganisations organisations;

    ParticipantController(CommandGateway commands, QueryGateway queries, Clock clock, BreakGlass glass,
                          CallerDispatchInterceptors callers, ProviderOrganisations organisations) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.glass = glass;
        this.callers = callers;
        this.organisations = organisations;
    }

    @PostMapping
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Register a participant",
            description = "201 with the new id and its Location; 400 with a message per field (an unknown "
                    + "equality code lists the codes allowed; the lawful basis is required, and the special category "
                    + "condition when equality details are given); 409 when the NHS number is already registered")
    ResponseEntity<Map<String, String>> register(@RequestBody RegisterParticipantRequest request,
                                                 Authentication caller) {
        InputCheck check = new InputCheck();
        RegisterParticipant command = new RegisterParticipant(UUID.randomUUID().toString(),
                request.givenName(), request.familyName(), request.dateOfBirth(), request.nhsNumber(),
                check.code("localAuthority", "Local authority", request.localAuthority(), LocalAuthority.class),
                request.phone(), request.email(), caller.getName(), equalityDetails(request, check),
                check.code("lawfulBasis", "Lawful basis", request.lawfulBasis(), LawfulBasis.class),
                check.code("specialCategoryCondition", "Special category condition",
                        request.specialCategoryCondition(), SpecialCategoryCondition.class),
                request.consentGivenOn());
        check.refuseIfAny(() -> RegistrationRules.problems(command, LocalDate.now(clock)));
        String participantId = commands.sendAndWait(command);
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(participantId))
                .body(Map.of("participantId", participantId));
    }

    /** The equality monitoring details given, or null when none was (the person was not asked). */
    private static EqualityDetails equalityDetails(RegisterParticipantRequest request, InputCheck check) {
        EthnicGroup ethnicity = check.code("ethnicity", "Ethnic group", request.ethnicity(), EthnicGroup.class);
        Sex sex = check.code("sex", "Sex", request.sex(), Sex.class);
        Disability disability = check.code("disability", "Disability", request.disability(), Disability.class);
        return ethnicity == null && sex == null && disability == null
                ? null : new EqualityDetails(ethnicity, sex, disability);
    }

    @PutMapping("/{participantId}/contact-details")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Replace a participant's phone number and email address",
            description = "204 when recorded (or unchanged); 400 with a message per field; 404 for an unknown id")
    ResponseEntity<Void> changeContactDetails(@PathVariable String participantId,
                                              @RequestBody ContactDetailsRequest request, Authentication caller) {
        commands.sendAndWait(new ChangeContactDetails(participantId, request.phone(), request.email(), caller.getName()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/known")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Is a person with this NHS number already known?",
            description = "Only whether they are, and which organisations to contact: no name, no contact "
                    + "details, no case content. Recorded in the access log as a duplicate check.")
    Map<String, Object> known(@RequestParam String nhsNumber) {
        InputCheck check = new InputCheck();
        if (NhsNumber.digitsOf(nhsNumber).isEmpty()) {
            check.add("nhsNumber", "NHS number must be 10 digits with a valid check digit");
        }
        check.done();
        KnownPerson known = queries.query(new FindKnownPerson(nhsNumber), ResponseTypes.instanceOf(KnownPerson.class))
                .join();
        return Map.of("known", known.known(), "organisationsToContact", known.organisationsToContact().stream()
                .map(code -> Map.of("code", code, "name", organisations.nameOf(code))).toList());
    }

    @PostMapping("/{participantId}/break-glass")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Break the glass: see a record not shared with your organisation",
            description = "For a safeguarding emergency. 400 without a reason (10 to 500 characters); 201 with "
                    + "when the access ends. Read only; recorded with its reason and reviewed by the data "
                    + "protection officer.")
    ResponseEntity<Map<String, Object>> breakGlass(@PathVariable String participantId,
                                                   @RequestBody(required = false) Map<String, String> body) {
        Caller caller = callers.signedIn().orElseThrow(() -> new AccessRefusedException("Sign in to do this"));
        BreakGlassUse use = glass.breakGlass(caller, participantId, body == null ? null : body.get("reason"));
        return ResponseEntity.status(201).body(Map.of("participantId", participantId, "until", use.expiresAt()));
    }

    @GetMapping("/{participantId}")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "A participant's details",
            description = "With the lawful basis (null: not recorded) and every consent (`dataProtection`). "
                    + "404 when no participant has this id")
    ParticipantDetails find(@PathVariable String participantId) {
        ParticipantSummary participant = queries.query(new FindParticipant(participantId),
                ResponseTypes.instanceOf(ParticipantSummary.class)).join();
        if (participant == null) {
            throw new ParticipantNotFoundException();
        }
        return new ParticipantDetails(participant, queries.query(new FindParticipantDataRights(participantId),
                ResponseTypes.instanceOf(ParticipantDataRights.class)).join());
    }

    /** A participant's details as the API shows them: the summary's fields and their data protection. */
    record ParticipantDetails(@JsonUnwrapped ParticipantSummary participant, ParticipantDataRights dataProtection) {
    }

    @GetMapping
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Search participants",
            description = "q matches part of a name (any case) or a whole NHS number; page counts from 0")
    ParticipantPage search(@RequestParam(required = false) String q,
                           @RequestParam(required = false) String localAuthority,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        InputCheck check = new InputCheck();
        LocalAuthority area = check.code("localAuthority", "Local authority", localAuthority, LocalAuthority.class);
        if (page < 0) {
            check.add("page", "Page must be 0 or more");
        }
        if (size < 1 || size > SearchParticipants.MAX_PAGE_SIZE) {
            check.add("size", "Size must be from 1 to " + SearchParticipants.MAX_PAGE_SIZE);
        }
        check.done();
        return queries.query(new SearchParticipants(q, area, page, size),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
    }
}
