package uk.wmpathways.ui.casework;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.ui.access.AsSignedIn;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolmentHistory;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The casework read models, as the UI asks for them. Lookups made while a page is built wait for their answer
 * (with a time limit); {@link #awaitEnrolment} waits off the UI thread for the read model to catch up with a
 * step that was just recorded.
 */
@Component
public class CaseworkReads {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** How long a page waits for the read model to show a step just recorded before showing what it has. */
    static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(5);
    private static final Executor NEXT_POLL = CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);

    private final QueryGateway queries;

    public CaseworkReads(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<EnrolmentSummary> enrolment(String enrolmentId) {
        return Optional.ofNullable(join(queries.query(new FindEnrolment(enrolmentId),
                ResponseTypes.instanceOf(EnrolmentSummary.class))));
    }

    public List<EnrolmentSummary> participantEnrolments(String participantId) {
        return join(queries.query(new FindParticipantEnrolments(participantId),
                ResponseTypes.multipleInstancesOf(EnrolmentSummary.class)));
    }

    /** Oldest first. */
    public List<TimelineEntry> history(String enrolmentId) {
        return join(queries.query(new FindEnrolmentHistory(enrolmentId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)));
    }

    /** Newest first. */
    public List<TimelineEntry> participantTimeline(String participantId) {
        return join(queries.query(new FindParticipantTimeline(participantId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)));
    }

    public Caseload caseload(String worker, Pathway pathway, Stage stage) {
        return caseload(worker, pathway, stage, null);
    }

    /** {@code nameContains}: plain words of the participant's name, searched on the server. */
    public Caseload caseload(String worker, Pathway pathway, Stage stage, String nameContains) {
        return join(queries.query(new FindCaseload(worker, pathway, stage, nameContains),
                ResponseTypes.instanceOf(Caseload.class)));
    }

    public List<DueEntry> due(String worker, String organisation, LocalDate dueBy) {
        return join(queries.query(new FindDueItems(worker, organisation, dueBy),
                ResponseTypes.multipleInstancesOf(DueEntry.class)));
    }

    /** Changes to the enrolment as the read model records them; close the result when no longer needed. */
    public SubscriptionQueryResult<EnrolmentSummary, EnrolmentSummary> watchEnrolment(String enrolmentId) {
        return queries.subscriptionQuery(new FindEnrolment(enrolmentId), ResponseTypes.instanceOf(EnrolmentSummary.class),
                ResponseTypes.instanceOf(EnrolmentSummary.class));
    }

    /**
     * Completes with the enrolment as soon as the read model shows it in the state {@code ready} accepts, or,
     * after {@link #CATCH_UP_LIMIT}, with whatever it shows then (null when it does not know the enrolment).
     * Never completes exceptionally.
     */
    public CompletableFuture<EnrolmentSummary> awaitEnrolment(String enrolmentId, Predicate<EnrolmentSummary> ready) {
        CompletableFuture<EnrolmentSummary> result = new CompletableFuture<>();
        poll(enrolmentId, ready, Instant.now().plus(CATCH_UP_LIMIT), result);
        return result;
    }

    private void poll(String enrolmentId, Predicate<EnrolmentSummary> ready, Instant giveUpAt,
                      CompletableFuture<EnrolmentSummary> result) {
        queries.query(new FindEnrolment(enrolmentId), ResponseTypes.instanceOf(EnrolmentSummary.class))
                .orTimeout(QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((summary, failure) -> {
                    boolean caughtUp = failure == null && summary != null && ready.test(summary);
                    if (caughtUp || Instant.now().isAfter(giveUpAt)) {
                        result.complete(failure == null ? summary : null);
                    } else {
                        // the next poll asks as the same person
                        NEXT_POLL.execute(AsSignedIn.wrap(() -> poll(enrolmentId, ready, giveUpAt, result)));
                    }
                });
    }

    private static <T> T join(CompletableFuture<T> answer) {
        return answer.orTimeout(QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
    }
}
