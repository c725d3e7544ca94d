package uk.wmpathways.ui.gpreferral;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.UnknownGpReferralException;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.gpreferrals.intake.ReceivingOrganisation;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.ui.access.AsSignedIn;
import uk.wmpathways.ui.participant.DuplicateCheck;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the inbox asks and sends, as the signed-in caseworker: the referral (opening it records that the service has
 * seen it), the duplicate check, and the decisions. Acceptance is case-service's {@link GpReferralAcceptance} (link or
 * register, start the enrolment, accept), the same service the REST API uses; rejection is the published command.
 * Every step is decided again on the bus for the caller.
 */
@Component
public class GpReferralDecisions {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final GpReferralAcceptance acceptance;
    private final ReceivingOrganisation receivingOrganisation;
    private final CallerDispatchInterceptors callers;
    private final DuplicateCheck duplicateCheck;

    GpReferralDecisions(QueryGateway queries, CommandGateway commands, GpReferralAcceptance acceptance,
                        ReceivingOrganisation receivingOrganisation, CallerDispatchInterceptors callers) {
        this.queries = queries;
        this.commands = commands;
        this.acceptance = acceptance;
        this.receivingOrganisation = receivingOrganisation;
        this.callers = callers;
        this.duplicateCheck = new DuplicateCheck(queries);
    }

    /** True for a caseworker of the organisation GP referrals are sent to: the inbox is theirs. */
    public boolean isReceivingOrganisationCaseworker() {
        return callers.signedIn().filter(caller -> caller.has(Role.CASEWORKER))
                .map(Caller::organisation).filter(receivingOrganisation.code()::equals).isPresent();
    }

    /**
     * True for a programme manager who is not a caseworker as well: they read every receiving organisation's
     * worklist without the person, and decide nothing.
     */
    public boolean isProgrammeManager() {
        return callers.signedIn().filter(caller -> caller.has(Role.PROGRAMME_MANAGER) && !caller.has(Role.CASEWORKER))
                .isPresent();
    }

    /** The referral as it is once opened: its entry, with the version opening left it at (the one to decide on). */
    GpReferralInboxEntry open(String referralId) {
        GpReferralInboxEntry entry = queries.query(new FindGpReferralInboxEntry(referralId),
                        ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class)).orTimeout(10, TimeUnit.SECONDS)
                .join().orElseThrow(UnknownGpReferralException::new);
        Long version = commands.sendAndWait(new OpenGpReferral(referralId, me()));
        if (version == null || version <= entry.version()) {
            return entry;
        }
        // The read model catches up with the opening a moment later; the decision needs the version now
        boolean justOpened = "requested".equals(entry.status());
        return new GpReferralInboxEntry(entry.referralId(), entry.receivingOrganisation(), entry.practiceOdsCode(),
                entry.practiceName(), entry.referrerName(), entry.referrerRole(), entry.authoredOn(),
                entry.receivedAt(), entry.reason(), entry.flags(), entry.flagCategories(), entry.consentGiven(),
                entry.person(), justOpened ? "received" : entry.status(), version,
                justOpened ? me() : entry.openedBy(), entry.openedAt(), entry.decidedBy(), entry.decidedAt(),
                entry.rejectionReason(), entry.rejectionNote(), entry.participantId(), entry.enrolmentId());
    }

    /** The duplicate check of one referred person, as the dialog shows it; empty when it could not be made. */
    public Optional<LikelyMatches> likelyMatches(GpReferralInboxEntry.ReferredPerson person) {
        return duplicateCheck.likelyMatches(asked(person));
    }

    /**
     * The duplicate check's words for each referral of a page that shows the person (an erased or withheld one is
     * not asked about): the known participants likely the same person, asked in one query for the referrals not in
     * {@code checked} yet (their answers are added to it: each is empty when the check could not be made), and the
     * other referrals of the page likely the same person.
     */
    public Map<String, String> duplicateChecks(List<GpReferralInboxEntry> page,
                                               Map<String, Optional<LikelyMatches>> checked) {
        Map<String, FindLikelyMatches> people = new LinkedHashMap<>();
        page.stream().filter(referral -> referral.person() != null)
                .forEach(referral -> people.put(referral.referralId(), asked(referral.person())));
        Map<String, FindLikelyMatches> unchecked = new LinkedHashMap<>(people);
        unchecked.keySet().removeAll(checked.keySet());
        Optional<Map<String, LikelyMatches>> answers = duplicateCheck.likelyMatchesOfEach(unchecked);
        unchecked.keySet().forEach(referralId -> checked.put(referralId,
                answers.map(answer -> answer.get(referralId))));
        Map<String, Integer> othersLikelySame = DuplicateCheck.likelySameAmong(people);
        Map<String, String> summaries = new HashMap<>();
        people.keySet().forEach(referralId -> summaries.put(referralId, DuplicateCheck.summary(
                checked.get(referralId), othersLikelySame.get(referralId))));
        return summaries;
    }

    private static FindLikelyMatches asked(GpReferralInboxEntry.ReferredPerson person) {
        // Only a verified number decides who the person is: a number not traced may be someone else's
        return DuplicateCheck.person(person.givenName(), person.familyName(), person.dateOfBirth(),
                person.nhsNumberVerified() ? person.nhsNumber() : null, person.gender(), person.postcode());
    }

    /** Accepts in the background (it sends several commands), as the caseworker signed in now. */
    CompletableFuture<GpReferralAcceptance.Accepted> accept(String referralId,
                                                           GpReferralAcceptance.Acceptance decision) {
        Caller caller = callers.signedIn().orElseThrow(() -> new AccessRefusedException("Sign in to do this"));
        CompletableFuture<GpReferralAcceptance.Accepted> answer = new CompletableFuture<>();
        Runnable accept = AsSignedIn.wrap(() -> {
            try {
                answer.complete(acceptance.accept(referralId, decision, caller));
            } catch (RuntimeException failure) {
                answer.completeExceptionally(failure);
            }
        });
        CompletableFuture.runAsync(accept);
        return answer;
    }

    CompletableFuture<Object> reject(RejectGpReferral command) {
        return commands.send(command);
    }

    String me() {
        return callers.signedIn().map(Caller::username)
                .orElseThrow(() -> new AccessRefusedException("Sign in to do this"));
    }
}
