package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.ListGpReferralInbox;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.UnknownGpReferralException;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.infra.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The IPS service's GP referral inbox. Who may read is decided by the read side's query handlers, who may open,
 * accept and reject by the referral on the command bus (and the steps acceptance sends); the roles here are a first
 * gate.
 */
@RestController
@Tag(name = "GP referrals")
class GpReferralController {

    static final List<String> STATUSES = List.of("requested", "received", "accepted", "rejected", "cancelled");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final GpReferralAcceptance acceptance;
    private final CallerDispatchInterceptors callers;

    GpReferralController(CommandGateway commands, QueryGateway queries, GpReferralAcceptance acceptance,
                         CallerDispatchInterceptors callers) {
        this.commands = commands;
        this.queries = queries;
        this.acceptance = acceptance;
        this.callers = callers;
    }

    @GetMapping("/api/gp-referrals")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PROGRAMME_MANAGER')")
    @Operation(summary = "GP referrals received by your organisation, newest first",
            description = "status: requested, received, accepted, rejected or cancelled (400 otherwise). A programme "
                    + "manager gets the worklist without the person's details, reason, flags or note")
    List<GpReferralInboxEntry> list(@RequestParam(required = false) String status) {
        String wanted = status == null || status.isBlank() ? null : status.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            InputCheck check = new InputCheck();
            check.add("status", "Unknown status: use one of " + String.join(", ", STATUSES));
            check.done();
        }
        return queries.query(new ListGpReferralInbox(wanted),
                ResponseTypes.multipleInstancesOf(GpReferralInboxEntry.class)).join();
    }

    @GetMapping("/api/gp-referrals/{referralId}")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PROGRAMME_MANAGER')")
    @Operation(summary = "One GP referral; a caseworker's opening records that the service has seen it",
            description = "Opening moves it from requested to received (once): the answer's version is the one to "
                    + "decide on. 403 for another organisation's; 404 when no GP referral has this id")
    GpReferralInboxEntry find(@PathVariable String referralId) {
        GpReferralInboxEntry entry = entry(referralId);
        Caller caller = signedIn();
        if (!caller.has(Role.CASEWORKER)) {
            return entry;
        }
        Long version = commands.sendAndWait(new OpenGpReferral(referralId, caller.username()));
        return version == null || version <= entry.version() ? entry : opened(entry, version, caller);
    }

    /** The entry as opening left it, when the read model has not caught up with the opening yet. */
    private static GpReferralInboxEntry opened(GpReferralInboxEntry entry, long version, Caller caller) {
        boolean justOpened = "requested".equals(entry.status());
        return new GpReferralInboxEntry(entry.referralId(), entry.receivingOrganisation(), entry.practiceOdsCode(),
                entry.practiceName(), entry.referrerName(), entry.referrerRole(), entry.authoredOn(),
                entry.receivedAt(), entry.reason(), entry.flags(), entry.flagCategories(), entry.consentGiven(),
                entry.person(), justOpened ? "received" : entry.status(), version,
                justOpened ? caller.username() : entry.openedBy(), entry.openedAt(), entry.decidedBy(),
                entry.decidedAt(), entry.rejectionReason(), entry.rejectionNote(), entry.participantId(),
                entry.enrolmentId());
    }

    @PostMapping("/api/gp-referrals/{referralId}/acceptance")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Accept a GP referral: link or register the person, start their Thrive into Work enrolment",
            description = "Without participantId the person is registered from the referral (or linked, when a "
                    + "participant holds its verified NHS number: the answer says so). 200 with the participant and "
                    + "enrolment; 400 with a message per field; 403 for another organisation's referral or a "
                    + "person not shared with you; 404; 409 when decided already or changed since expectedVersion "
                    + "(currentVersion), or when the NHS number is another participant's; 422 when the organisation "
                    + "does not take it on")
    GpReferralAcceptance.Accepted accept(@PathVariable String referralId,
                                         @RequestBody GpReferralRequests.Accept request) {
        InputCheck check = new InputCheck();
        Long version = check.expectedVersion(check.present("expectedVersion", "Expected version",
                request.expectedVersion()));
        LocalAuthority area = check.code("localAuthority", "Local authority", request.localAuthority(),
                LocalAuthority.class);
        FundingStream stream = check.code("fundingStream", "Funding stream", request.fundingStream(),
                FundingStream.class);
        check.done();
        return acceptance.accept(referralId, new GpReferralAcceptance.Acceptance(version, request.participantId(),
                area, stream, request.assignedWorker(), request.givenName(), request.phone(), request.email()),
                signedIn());
    }

    @PostMapping("/api/gp-referrals/{referralId}/rejection")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Reject a GP referral with a coded reason (a note for OTHER)",
            description = "reason: NOT_ELIGIBLE, DECLINED, COULD_NOT_CONTACT or OTHER (or the FHIR codes). 400 with a "
                    + "message per field; 403; 404; 409 when decided already or changed since expectedVersion")
    Map<String, Object> reject(@PathVariable String referralId, @RequestBody GpReferralRequests.Reject request) {
        InputCheck check = new InputCheck();
        Long version = check.expectedVersion(check.present("expectedVersion", "Expected version",
                request.expectedVersion()));
        GpReferralRejectionReason reason = reason(check, request.reason());
        check.done();
        entry(referralId);
        commands.sendAndWait(new RejectGpReferral(referralId, version, reason, request.note(),
                signedIn().username()));
        return Map.of("referralId", referralId, "status", "rejected", "reason", reason.name());
    }

    private static GpReferralRejectionReason reason(InputCheck check, String given) {
        String codes = Arrays.stream(GpReferralRejectionReason.values()).map(Enum::name)
                .collect(Collectors.joining(", "));
        if (InputCheck.isBlank(given)) {
            check.add("reason", "Reason is required: one of " + codes);
            return null;
        }
        String wanted = given.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(GpReferralRejectionReason.values()).filter(value -> value.name().equals(wanted))
                .findFirst().orElseGet(() -> {
                    check.add("reason", "Unknown reason: use one of " + codes);
                    return null;
                });
    }

    /** The referral as the inbox has it: refused for another organisation's, 404 when there is none. */
    private GpReferralInboxEntry entry(String referralId) {
        return queries.query(new FindGpReferralInboxEntry(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class)).join()
                .orElseThrow(UnknownGpReferralException::new);
    }

    private Caller signedIn() {
        return callers.signedIn().orElseThrow(() -> new AccessRefusedException("Sign in to do this"));
    }
}
