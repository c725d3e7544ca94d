package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.DuplicateGpReferralException;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a GP referral once per message: the aggregate checks the facts, then the message is claimed for its
 * practice (the unique claim document decides a race between two sends of one message). A claim held by another
 * referral that was recorded is a duplicate, which throws before the unit of work commits, so nothing is stored;
 * a claim left by a send that failed after claiming is taken over once it is older than any send can take (a
 * younger one may belong to a concurrent send still committing: that is a duplicate too).
 */
@Component
class GpReferralReceiptHandler {

    private final Repository<GpReferral> referrals;
    private final GpReferralClaims claims;
    private static final Duration LONGEST_SEND = Duration.ofMinutes(5);

    private final Clock clock;

    GpReferralReceiptHandler(Repository<GpReferral> referrals, GpReferralClaims claims, Clock clock) {
        this.referrals = referrals;
        this.claims = claims;
        this.clock = clock;
    }

    @CommandHandler
    String handle(ReceiveGpReferral command) throws Exception {
        referrals.newInstance(() -> new GpReferral(command, clock));
        String messageKey = command.sender() == null ? null : command.sender().messageKey();
        if (messageKey != null) {
            claimOrRefuse(command.practiceOdsCode(), messageKey, command.referralId());
        }
        return command.referralId();
    }

    private void claimOrRefuse(String practice, String messageKey, String referralId) {
        Instant now = clock.instant();
        Optional<GpReferralClaims.Claim> holder = claims.claim(practice, messageKey, referralId, now);
        if (holder.isEmpty()) {
            return;
        }
        String holderId = holder.get().referralId();
        boolean maybeStillCommitting = holder.get().claimedAt().isAfter(now.minus(LONGEST_SEND));
        if (maybeStillCommitting || isRecorded(holderId)) {
            throw new DuplicateGpReferralException(holderId);
        }
        claims.takeOver(practice, messageKey, holderId, referralId, now);
    }

    private boolean isRecorded(String referralId) {
        try {
            referrals.load(referralId);
            return true;
        } catch (AggregateNotFoundException notFound) {
            return false;
        }
    }
}
