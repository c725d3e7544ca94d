package uk.wmpathways.reporting.client;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The outcome reports, asked of the query bus (the reporting module's query handlers answer them, already
 * suppressed). Each answer is bounded in time, so that a caller never waits without end.
 */
@Component
public class Reports {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    private final QueryGateway queries;

    public Reports(QueryGateway queries) {
        this.queries = queries;
    }

    public CompletableFuture<ThriveIntoWorkReport> thriveIntoWork(ReportCriteria criteria) {
        return ask(new ReportQueries.ThriveIntoWorkOutcomes(criteria), ThriveIntoWorkReport.class);
    }

    public CompletableFuture<HousingFirstReport> housingFirst(ReportCriteria criteria) {
        return ask(new ReportQueries.HousingFirstOutcomes(criteria), HousingFirstReport.class);
    }

    public CompletableFuture<RoughSleepingReport> roughSleeping(ReportCriteria criteria) {
        return ask(new ReportQueries.RoughSleepingOutcomes(criteria), RoughSleepingReport.class);
    }

    public CompletableFuture<FundingReport> funding(ReportCriteria criteria) {
        return ask(new ReportQueries.FundingOutcomes(criteria), FundingReport.class);
    }

    public CompletableFuture<GpReferralReport> gpReferrals(ReportCriteria criteria) {
        return ask(new ReportQueries.GpReferralOutcomes(criteria), GpReferralReport.class);
    }

    public CompletableFuture<EqualityReport> equality(ReportCriteria criteria, Pathway pathway) {
        return ask(new ReportQueries.EqualityOutcomes(criteria, pathway), EqualityReport.class);
    }

    /** Any report by its kind ({@code pathway} is for the equality report only). */
    public CompletableFuture<?> report(ReportKind kind, ReportCriteria criteria, Pathway pathway) {
        return switch (kind) {
            case THRIVE_INTO_WORK -> thriveIntoWork(criteria);
            case HOUSING_FIRST -> housingFirst(criteria);
            case ROUGH_SLEEPING -> roughSleeping(criteria);
            case FUNDING -> funding(criteria);
            case EQUALITY -> equality(criteria, pathway);
            case GP_REFERRALS -> gpReferrals(criteria);
        };
    }

    private <R> CompletableFuture<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer))
                .orTimeout(QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
