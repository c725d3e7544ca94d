package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.AcceptReferral;
import uk.wmpathways.caseservice.api.referral.DeclineReferral;
import uk.wmpathways.caseservice.api.referral.MakeReferral;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindReferral;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.caseservice.api.referral.StartDetails;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Referrals from Street Outreach to the demo caseworker's organisation in every state a row of the Referrals page
 * can show: waiting (Accept and Decline), accepted (a link to the enrolment) and declined with a long reason. The rows
 * are taller than their participant links (the other columns wrap), as they were when axe found a link that did not
 * fill its cell. Pages are checked with these rows in, not with whatever other classes left behind.
 */
final class ReferralsInEveryState {

    private static final Caller OUTREACH = Caller.person("outreach", Set.of(Role.CASEWORKER), "STREET-OUTREACH",
            "test");
    private static final Caller CASEWORKER = Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT",
            "test");

    private final CommandGateway commands;
    private final QueryGateway queries;

    ReferralsInEveryState(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * The newest first on the page: the waiting one, whose row is a link, then the accepted and declined ones. The
     * accepted one starts today: no report's period (whole months that have ended) holds it.
     */
    void make(LocalDate today) {
        String declined = refer("Declined");
        send(new DeclineReferral(declined, "We have no Housing First places in Walsall until the spring, and the "
                + "person asked to be housed near their family, which we cannot offer", "caseworker"), CASEWORKER);
        String accepted = refer("Accepted");
        send(new AcceptReferral(accepted, UUID.randomUUID().toString(), new StartDetails(LocalAuthority.WALSALL,
                FundingStream.HOUSING_FIRST_PILOT, "caseworker", "HOSTEL", null, today, null, null,
                null), "caseworker"), CASEWORKER);
        String waiting = refer("Waiting");
        awaitStatus(waiting, ReferralStatus.PENDING);
        awaitStatus(accepted, ReferralStatus.ACCEPTED);
        awaitStatus(declined, ReferralStatus.DECLINED);
    }

    private String refer(String givenName) {
        String participantId = CaseworkPages.registerParticipant(commands, queries, givenName,
                CaseworkPages.uniqueFamilyName("Referred"), LocalAuthority.WALSALL, "outreach", "STREET-OUTREACH");
        String referralId = UUID.randomUUID().toString();
        send(new MakeReferral(referralId, participantId, Pathway.HOUSING_FIRST, "DEMO-SUPPORT",
                "Needs a settled home with support", "outreach"), OUTREACH);
        return referralId;
    }

    private void send(Object command, Caller caller) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(caller.toMetaData()));
    }

    private void awaitStatus(String referralId, ReferralStatus status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ReferralSummary referral = queries.query(new FindReferral(referralId),
                    ResponseTypes.instanceOf(ReferralSummary.class)).join();
            return referral != null && referral.status() == status;
        });
    }
}
