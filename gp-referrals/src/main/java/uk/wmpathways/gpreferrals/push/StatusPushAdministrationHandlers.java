package uk.wmpathways.gpreferrals.push;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.RetryGpReferralStatusPush;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.FailureKind;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.ListStatusPushes;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.StatusPushNotGivenUpException;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.StatusPushSummary;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.UnknownPushStateException;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.UnknownStatusPushException;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Administrators list the status pushes (those that gave up, to see which practices miss changes) and retry one.
 * Decided here from the caller in the message's metadata, for every channel alike; the controller only passes on.
 */
@Component
class StatusPushAdministrationHandlers {

    private final MongoTemplate mongo;
    private final Clock clock;

    StatusPushAdministrationHandlers(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    List<StatusPushSummary> handle(ListStatusPushes query, MetaData metaData) {
        administrator(metaData, "Only an administrator reads the GP referral status pushes");
        PushedStatus.State state = Arrays.stream(PushedStatus.State.values())
                .filter(candidate -> candidate.name().equals(query.state())).findFirst()
                .orElseThrow(UnknownPushStateException::new);
        Query inState = Query.query(Criteria.where("state").is(state))
                .with(Sort.by(Sort.Direction.DESC, "queuedAt")).limit(ListStatusPushes.MAX);
        inState.fields().exclude("message").exclude("endpoint");
        return mongo.find(inState, PushedStatus.class, StatusPushes.COLLECTION).stream()
                .map(StatusPushAdministrationHandlers::summary).toList();
    }

    /**
     * From its first attempt again (the backoff starts anew), due now; the sender delivers it on its next round.
     * Atomic on the state: two administrators retrying at once queue it once, the second is told it is pending.
     */
    @CommandHandler
    StatusPushSummary handle(RetryGpReferralStatusPush command, MetaData metaData) {
        administrator(metaData, "Only an administrator retries a GP referral status push");
        Query gaveUp = Query.query(Criteria.where("_id").is(command.pushId()).and("state")
                .is(PushedStatus.State.GAVE_UP));
        PushedStatus retried = mongo.findAndModify(gaveUp, new Update().set("state", PushedStatus.State.PENDING)
                        .set("attempts", 0).set("nextAttemptAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), PushedStatus.class, StatusPushes.COLLECTION);
        if (retried != null) {
            return summary(retried);
        }
        if (command.pushId() == null || !mongo.exists(Query.query(Criteria.where("_id").is(command.pushId())),
                StatusPushes.COLLECTION)) {
            throw new UnknownStatusPushException();
        }
        throw new StatusPushNotGivenUpException();
    }

    private static void administrator(MetaData metaData, String refusal) {
        Caller caller = Caller.of(metaData);
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException(refusal);
        }
    }

    /** The id is {@code <referral>:<Task status>:<milestone or none>} ({@link StatusPushes}). */
    static StatusPushSummary summary(PushedStatus push) {
        String[] change = push.id().split(":", 3);
        String taskStatus = change.length > 1 ? change[1] : null;
        String milestone = change.length > 2 && !"none".equals(change[2]) ? change[2] : null;
        FailureKind lastFailure = push.attempts() == 0 || push.state() == PushedStatus.State.DELIVERED ? null
                : push.lastHttpStatus() == null ? FailureKind.NO_ANSWER : FailureKind.HTTP_STATUS;
        return new StatusPushSummary(push.id(), push.referralId(), push.practiceOdsCode(), taskStatus, milestone,
                push.state().name(), push.attempts(), lastFailure, push.lastHttpStatus(), push.queuedAt());
    }
}
