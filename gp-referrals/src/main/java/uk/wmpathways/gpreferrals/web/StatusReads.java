package uk.wmpathways.gpreferrals.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.FindGpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.ListPracticeGpReferrals;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Reads GP referral statuses through the query bus, where the caller (put in the metadata by the caller
 * interceptors) is decided: a refusal comes back as {@link AccessRefusedException}.
 */
@Component
class StatusReads {

    private final QueryGateway queries;

    StatusReads(QueryGateway queries) {
        this.queries = queries;
    }

    /** Empty when there is none with this id or it is another practice's. */
    Optional<GpReferralStatus> find(String referralId) throws InterruptedException {
        return ask(() -> queries.query(new FindGpReferralStatus(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralStatus.class)).get());
    }

    List<GpReferralStatus> listForTheCallersPractice(int limit) throws InterruptedException {
        return ask(() -> queries.query(new ListPracticeGpReferrals(limit),
                ResponseTypes.multipleInstancesOf(GpReferralStatus.class)).get());
    }

    private interface Question<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    private static <T> T ask(Question<T> question) throws InterruptedException {
        try {
            return question.get();
        } catch (ExecutionException | CompletionException failed) {
            if (failed.getCause() instanceof AccessRefusedException refused) {
                throw refused;
            }
            throw new IllegalStateException("The GP referral status query failed", failed.getCause());
        }
    }
}
