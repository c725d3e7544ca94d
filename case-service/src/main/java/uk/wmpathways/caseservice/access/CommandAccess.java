package uk.wmpathways.caseservice.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ReapplyErasure;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.consent.LiftProcessingRestriction;
import uk.wmpathways.caseservice.api.consent.RecordConsent;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RecordLawfulBasis;
import uk.wmpathways.caseservice.api.consent.WithdrawConsent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.funding.CorrectFundingDrawdown;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.CancelGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.EraseGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RetryGpReferralStatusPush;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.organisation.OrganisationCommand;
import uk.wmpathways.caseservice.api.referral.AcceptReferral;
import uk.wmpathways.caseservice.api.referral.DeclineReferral;
import uk.wmpathways.caseservice.api.referral.MakeReferral;
import uk.wmpathways.caseservice.api.referral.WithdrawReferral;
import uk.wmpathways.caseservice.api.retention.StartRetentionRun;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.Objects;

/**
 * Who may send which command, decided on the command bus for every channel alike (the caller is in the
 * message's metadata). Casework commands are a caseworker's, in their own organisation: an enrolment is started
 * only for the caller's organisation (for another, it is a referral: {@code Referral} decides who answers it).
 * Funding drawdowns and organisations are the administrator's. What only a record knows is checked by the record:
 * the enrolment, that the caller's organisation delivers it ({@code Enrolment}); the
 * participant, that the caller's organisation registered or supports them ({@code Participant}): also for the
 * lawful basis and consents.
 * A GP referral is a GP referrer's, from the practice in the caller's metadata (their account's); so is its
 * cancellation. Opening, accepting and rejecting it are a caseworker's (not a programme manager's: accepting
 * registers the person and starts an enrolment, which is casework); that they work for the organisation the
 * referral was sent to, and that a cancellation is from the referral's own practice, the referral decides.
 * A command names who recorded it; that must be the caller.
 */
@Component
public class CommandAccess implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain chain) throws Exception {
        CommandMessage<?> message = unitOfWork.getMessage();
        Caller caller = Caller.of(message.getMetaData());
        if (!caller.system()) {
            check(caller, message.getPayload());
        }
        return chain.proceed();
    }

    private void check(Caller caller, Object command) {
        if (command instanceof RecordFundingDrawdown || command instanceof CorrectFundingDrawdown) {
            require(caller, Role.ADMIN, "Only an administrator records funding drawdowns");
            return;
        }
        if (command instanceof OrganisationCommand organisationCommand) {
            require(caller, Role.ADMIN, "Only an administrator changes organisations");
            requireSelf(caller, organisationCommand.recordedBy());
            return;
        }
        if (command instanceof EraseParticipant erase) {
            require(caller, Role.DATA_PROTECTION, "Only the data protection officer erases a person's record");
            requireSelf(caller, erase.erasedBy());
            return;
        }
        if (command instanceof RestrictProcessing restriction) {
            require(caller, Role.DATA_PROTECTION, "Only the data protection officer restricts processing of a record");
            requireSelf(caller, restriction.restrictedBy());
            return;
        }
        if (command instanceof LiftProcessingRestriction lifting) {
            require(caller, Role.DATA_PROTECTION, "Only the data protection officer lifts a restriction");
            requireSelf(caller, lifting.liftedBy());
            return;
        }
        if (command instanceof ReapplyErasure) {
            throw new AccessRefusedException("Only the application makes an erasure again after a restore");
        }
        if (command instanceof StartRetentionRun run) {
            require(caller, Role.DATA_PROTECTION, "Only the data protection officer runs the retention job");
            requireSelf(caller, run.startedBy());
            return;
        }
        if (command instanceof RetryGpReferralStatusPush) {
            require(caller, Role.ADMIN, "Only an administrator retries a GP referral status push");
            return;
        }
        if (command instanceof EraseGpReferral) {
            throw new AccessRefusedException("Only the retention job erases a GP referral that was not accepted");
        }
        if (command instanceof ReceiveGpReferral referral) {
            checkGpReferral(caller, referral);
            return;
        }
        if (command instanceof CancelGpReferral cancel) {
            checkGpReferralCancellation(caller, cancel);
            return;
        }
        if (checkGpReferralDecision(caller, command)) {
            return;
        }
        require(caller, Role.CASEWORKER, "Only a caseworker records casework");
        if (command instanceof StartEnrolmentCommand start
                && !Objects.equals(start.providerOrganisation(), caller.organisation())) {
            throw new AccessRefusedException("You can start an enrolment only for your own organisation");
        }
        if (command instanceof ChangeContactDetails change) {
            requireSelf(caller, change.changedBy());
        }
        if (command instanceof RegisterParticipant register) {
            requireSelf(caller, register.registeredBy());
        }
        if (command instanceof RecordLawfulBasis basis) {
            requireSelf(caller, basis.recordedBy());
        }
        if (command instanceof RecordConsent consent) {
            requireSelf(caller, consent.recordedBy());
        }
        if (command instanceof WithdrawConsent withdrawal) {
            requireSelf(caller, withdrawal.withdrawnBy());
        }
        if (command instanceof EnrolmentCommand step) {
            requireSelf(caller, step.recordedBy());
        }
        if (command instanceof StartEnrolmentCommand start) {
            requireSelf(caller, start.recordedBy());
        }
        if (command instanceof DecideIdentity decision) {
            requireSelf(caller, decision.decidedBy());
        }
        checkReferral(caller, command);
    }

    /** A GP referrer refers only from the practice their account belongs to (the caller's practice). */
    private static void checkGpReferral(Caller caller, ReceiveGpReferral referral) {
        require(caller, Role.GP_REFERRER, "Only a GP referrer sends a GP referral");
        if (caller.practice() == null) {
            throw new AccessRefusedException("Your account is not linked to a GP practice");
        }
        if (!caller.refersFor(referral.practiceOdsCode())) {
            throw new AccessRefusedException("You may refer only from your own practice");
        }
        requireSelf(caller, referral.receivedBy());
    }

    private static void checkGpReferralCancellation(Caller caller, CancelGpReferral cancel) {
        require(caller, Role.GP_REFERRER, "Only a GP referrer of the referring practice cancels a GP referral");
        if (caller.practice() == null) {
            throw new AccessRefusedException("Your account is not linked to a GP practice");
        }
        if (!caller.refersFor(cancel.practiceOdsCode())) {
            throw new AccessRefusedException("You may cancel only your own practice's referrals");
        }
        requireSelf(caller, cancel.cancelledBy());
    }

    /** True when the command is a step of the service on a GP referral, and the caller may send it. */
    private static boolean checkGpReferralDecision(Caller caller, Object command) {
        String recordedBy;
        if (command instanceof OpenGpReferral open) {
            recordedBy = open.openedBy();
        } else if (command instanceof AcceptGpReferral accept) {
            recordedBy = accept.acceptedBy();
        } else if (command instanceof RejectGpReferral reject) {
            recordedBy = reject.rejectedBy();
        } else {
            return false;
        }
        require(caller, Role.CASEWORKER, "Only a caseworker of the receiving organisation decides a GP referral");
        requireSelf(caller, recordedBy);
        return true;
    }

    private static void checkReferral(Caller caller, Object command) {
        if (command instanceof MakeReferral make) {
            requireSelf(caller, make.referredBy());
        }
        if (command instanceof AcceptReferral accept) {
            requireSelf(caller, accept.acceptedBy());
        }
        if (command instanceof DeclineReferral decline) {
            requireSelf(caller, decline.declinedBy());
        }
        if (command instanceof WithdrawReferral withdraw) {
            requireSelf(caller, withdraw.withdrawnBy());
        }
    }

    private static void require(Caller caller, Role role, String why) {
        if (!caller.has(role)) {
            throw new AccessRefusedException(why);
        }
    }

    private static void requireSelf(Caller caller, String recordedBy) {
        if (!caller.username().equals(recordedBy)) {
            throw new AccessRefusedException("A step is recorded in the name of the person signed in");
        }
    }
}
