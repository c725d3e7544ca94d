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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.AcceptReferral;
import uk.wmpathways.caseservice.api.referral.DeclineReferral;
import uk.wmpathways.caseservice.api.referral.MakeReferral;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindIncomingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindOutgoingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindReferral;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.caseservice.api.referral.StartDetails;
import uk.wmpathways.caseservice.api.referral.WithdrawReferral;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Referrals between organisations. Who may do what is decided by the referral itself (command handling) and by
 * the read side's query handlers; the roles here are a first gate.
 */
@RestController
@Tag(name = "Referrals")
@PreAuthorize("hasRole('CASEWORKER')")
class ReferralController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ProviderOrganisations organisations;

    ReferralController(CommandGateway commands, QueryGateway queries, ProviderOrganisations organisations) {
        this.commands = commands;
        this.queries = queries;
        this.organisations = organisations;
    }

    @PostMapping("/api/participants/{participantId}/referrals")
    @Operation(summary = "Refer a participant to another organisation for a pathway",
            description = "201 with the referral's id; 400 for an unknown pathway code; 403 when the person's record "
                    + "is not shared with your organisation; 404 for an unknown participant; 422 when the "
                    + "organisation is unknown or your own, or the pathway is missing")
    ResponseEntity<Map<String, String>> make(@PathVariable String participantId,
                                             @RequestBody ReferralRequests.Make request, Authentication by) {
        InputCheck check = new InputCheck();
        Pathway pathway = check.code("pathway", "Pathway", request.pathway(), Pathway.class);
        check.done();
        String referralId = UUID.randomUUID().toString();
        commands.sendAndWait(new MakeReferral(referralId, participantId, pathway, organisationCode(request),
                request.reason(), by.getName()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/referrals/{id}").build(referralId))
                .body(Map.of("referralId", referralId));
    }

    /** The configured code when one matches in any case; otherwise as given, for the referral to refuse. */
    private String organisationCode(ReferralRequests.Make request) {
        String given = request.toOrganisation() == null ? null : request.toOrganisation().trim();
        return organisations.all().keySet().stream().filter(code -> code.equalsIgnoreCase(given)).findFirst()
                .orElse(given);
    }

    @GetMapping("/api/referrals")
    @Operation(summary = "Referrals to your organisation (incoming) or made by it (outgoing), newest first",
            description = "400 when direction is neither incoming nor outgoing")
    List<ReferralSummary> list(@RequestParam(defaultValue = "incoming") String direction) {
        Object query = switch (direction.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "incoming" -> new FindIncomingReferrals();
            case "outgoing" -> new FindOutgoingReferrals();
            default -> null;
        };
        if (query == null) {
            InputCheck check = new InputCheck();
            check.add("direction", "Direction must be incoming or outgoing");
            check.done();
        }
        return queries.query(query, ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join();
    }

    @GetMapping("/api/referrals/{referralId}")
    @Operation(summary = "One referral", description = "404 when no referral has this id; 403 when your "
            + "organisation neither made nor received it")
    ReferralSummary find(@PathVariable String referralId) {
        ReferralSummary referral = queries.query(new FindReferral(referralId),
                ResponseTypes.instanceOf(ReferralSummary.class)).join();
        if (referral == null) {
            throw UnknownIdException.referral();
        }
        return referral;
    }

    @PostMapping("/api/referrals/{referralId}/accept")
    @Operation(summary = "Accept a referral to your organisation: the enrolment starts",
            description = "The body is what the pathway's start step needs. 200 with the new enrolment's id; 400 "
                    + "with a message per field; 403 unless the referral is to your organisation; 404 unknown; "
                    + "409 when it was decided already")
    Map<String, Object> accept(@PathVariable String referralId, @RequestBody ReferralRequests.Accept request,
                               Authentication by) {
        InputCheck check = new InputCheck();
        LocalAuthority area = check.code("localAuthority", "Local authority", request.localAuthority(),
                LocalAuthority.class);
        FundingStream stream = check.code("fundingStream", "Funding stream", request.fundingStream(),
                FundingStream.class);
        check.done();
        String enrolmentId = enrolmentIdFor(referralId);
        commands.sendAndWait(new AcceptReferral(referralId, enrolmentId, new StartDetails(area, stream,
                request.assignedWorker(), request.source(), request.referrerOdsCode(), request.referredOn(),
                request.contactedOn(), request.location(), request.verifiedRoughSleeper()), by.getName()));
        return Map.of("referralId", referralId, "status", ReferralStatus.ACCEPTED, "enrolmentId", enrolmentId);
    }

    /** One referral leads to at most one enrolment: its id follows from the referral's. */
    static String enrolmentIdFor(String referralId) {
        return UUID.nameUUIDFromBytes(("referral-enrolment:" + referralId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @PostMapping("/api/referrals/{referralId}/decline")
    @Operation(summary = "Decline a referral to your organisation",
            description = "422 without a reason; 403 unless the referral is to your organisation; 404; 409")
    Map<String, Object> decline(@PathVariable String referralId,
                                @RequestBody(required = false) ReferralRequests.Decline request, Authentication by) {
        commands.sendAndWait(new DeclineReferral(referralId, request == null ? null : request.reason(),
                by.getName()));
        return Map.of("referralId", referralId, "status", ReferralStatus.DECLINED);
    }

    @PostMapping("/api/referrals/{referralId}/withdraw")
    @Operation(summary = "Withdraw a referral your organisation made",
            description = "403 unless your organisation made it; 404; 409 when it was decided already")
    Map<String, Object> withdraw(@PathVariable String referralId, Authentication by) {
        commands.sendAndWait(new WithdrawReferral(referralId, by.getName()));
        return Map.of("referralId", referralId, "status", ReferralStatus.WITHDRAWN);
    }
}
