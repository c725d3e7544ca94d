package uk.wmpathways.caseservice.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.AcceptReferral;
import uk.wmpathways.caseservice.api.referral.DeclineReferral;
import uk.wmpathways.caseservice.api.referral.MakeReferral;
import uk.wmpathways.caseservice.api.referral.ReferralAccepted;
import uk.wmpathways.caseservice.api.referral.ReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.referral.ReferralDeclined;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.referral.ReferralNotPossibleException;
import uk.wmpathways.caseservice.api.referral.ReferralRules;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralWithdrawn;
import uk.wmpathways.caseservice.api.referral.WithdrawReferral;
import uk.wmpathways.caseservice.enrolment.Participants;
import uk.wmpathways.caseservice.participant.ParticipantSharing;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A referral of a participant from one organisation to another for a pathway, decided once: the receiving
 * organisation accepts (and the enrolment starts) or declines it, or the referring organisation withdraws it.
 * Who answers is decided from {@link Referrer}, so a referral from a GP practice can join without changing
 * the receiving side.
 */
@Aggregate(cache = "referralCache")
class Referral {

    @AggregateIdentifier
    private String referralId;
    private String participantId;
    private Pathway pathway;
    private Referrer referrer;
    private String toOrganisation;
    private ReferralStatus status;

    Referral() {
        // for Axon: state is rebuilt from events
    }

    /**
     * Only a caseworker of an organisation that may see the person (registered or supports them) refers them,
     * to another organisation that exists.
     */
    @CommandHandler
    Referral(MakeReferral command, MetaData metaData, Clock clock, ParticipantSharing sharing,
             Participants participants, ProviderOrganisations organisations) {
        requireIds(command);
        Caller caller = Caller.of(metaData);
        String from = caller.organisation();
        if (!participants.exists(command.participantId())) {
            throw new ParticipantNotRegisteredException(command.participantId());
        }
        if (from == null || !sharing.supports(from, command.participantId())) {
            throw new AccessRefusedException("This person's record is not shared with your organisation");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (command.pathway() == null) {
            problems.add(new FieldProblem("pathway", "Choose the pathway"));
        }
        if (command.toOrganisation() == null || command.toOrganisation().isBlank()) {
            problems.add(new FieldProblem("toOrganisation", "Choose the organisation to refer to"));
        } else if (!organisations.exists(command.toOrganisation())) {
            problems.add(new FieldProblem("toOrganisation", "No organisation has this code"));
        } else if (command.toOrganisation().equals(from)) {
            problems.add(new FieldProblem("toOrganisation", "Refer to another organisation than your own"));
        }
        ReferralRules.referralReason(command.reason()).ifPresent(m -> problems.add(new FieldProblem("reason", m)));
        if (!problems.isEmpty()) {
            throw new ReferralNotPossibleException(problems);
        }
        apply(new ReferralMade(command.referralId(), command.participantId(), command.pathway(), from,
                command.toOrganisation(), command.referredBy(), trimmed(command.reason()), clock.instant()));
    }

    /**
     * The receiving organisation accepts, and the pathway's start step runs for it as the accepter: its own
     * checks decide the details, and if it refuses, the referral stays pending (nothing is recorded).
     */
    @CommandHandler
    void handle(AcceptReferral command, MetaData metaData, Clock clock, EnrolmentStarts enrolments) {
        Caller caller = Caller.of(metaData);
        requireReceiver(caller);
        requirePending();
        if (command.enrolmentId() == null || command.enrolmentId().isBlank() || command.start() == null) {
            throw new InvalidCommandException(List.of(new FieldProblem("start",
                    "Give what starting the enrolment needs")));
        }
        apply(new ReferralAccepted(referralId, command.acceptedBy(), command.enrolmentId(), clock.instant()));
        enrolments.start(command.start().command(pathway, command.enrolmentId(), participantId, toOrganisation,
                command.acceptedBy()), metaData);
    }

    @CommandHandler
    void handle(DeclineReferral command, MetaData metaData, Clock clock) {
        requireReceiver(Caller.of(metaData));
        requirePending();
        ReferralRules.declineReason(command.reason()).ifPresent(problem -> {
            throw new ReferralNotPossibleException(List.of(new FieldProblem("reason", problem)));
        });
        apply(new ReferralDeclined(referralId, command.declinedBy(), command.reason().trim(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawReferral command, MetaData metaData, Clock clock) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !referrer.isOf(caller)) {
            throw new AccessRefusedException("Only the referring organisation can withdraw a referral");
        }
        requirePending();
        apply(new ReferralWithdrawn(referralId, command.withdrawnBy(), clock.instant()));
    }

    private void requireReceiver(Caller caller) {
        if (!caller.system() && !caller.worksFor(toOrganisation)) {
            throw new AccessRefusedException("Only the organisation the person was referred to can answer a referral");
        }
    }

    private void requirePending() {
        if (status != ReferralStatus.PENDING) {
            throw new ReferralAlreadyDecidedException(status);
        }
    }

    private static void requireIds(MakeReferral command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.referralId() == null || command.referralId().isBlank()) {
            problems.add(new FieldProblem("referralId", "Referral id is required"));
        }
        if (command.participantId() == null || command.participantId().isBlank()) {
            problems.add(new FieldProblem("participantId", "Participant is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @EventSourcingHandler
    void on(ReferralMade event) {
        referralId = event.referralId();
        participantId = event.participantId();
        pathway = event.pathway();
        referrer = Referrer.organisation(event.fromOrganisation());
        toOrganisation = event.toOrganisation();
        status = ReferralStatus.PENDING;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        status = ReferralStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralDeclined event) {
        status = ReferralStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(ReferralWithdrawn event) {
        status = ReferralStatus.WITHDRAWN;
    }
}
