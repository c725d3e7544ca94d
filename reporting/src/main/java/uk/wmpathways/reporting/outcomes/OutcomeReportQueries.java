package uk.wmpathways.reporting.outcomes;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportPeriodRules;
import uk.wmpathways.reporting.api.ReportQueries.EqualityOutcomes;
import uk.wmpathways.reporting.api.ReportQueries.FundingOutcomes;
import uk.wmpathways.reporting.api.ReportQueries.GpReferralOutcomes;
import uk.wmpathways.reporting.api.ReportQueries.HousingFirstOutcomes;
import uk.wmpathways.reporting.api.ReportQueries.RoughSleepingOutcomes;
import uk.wmpathways.reporting.api.ReportQueries.ThriveIntoWorkOutcomes;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers the outcome report queries from the outcome read model ({@link OutcomesProjection}), as at the
 * criteria's day, with every figure suppressed ({@link Suppression}), for the periods the disclosure rules
 * allow ({@link ReportPeriodRules}).
 * <p>
 * Cost of each report: one read of the versions of one pathway's enrolments known by the as-at day (all three
 * pathways for the funding report, plus the drawdowns), then work in memory linear in them (Rough Sleeping's
 * "new" compares each supported person's enrolment with that person's others).
 */
@Component
class OutcomeReportQueries {

    private final OutcomeReads reads;
    private final GpReferralReads gpReferrals;
    private final ProviderOrganisations organisations;
    private final Clock clock;
    private final AccessLog log;

    OutcomeReportQueries(OutcomeReads reads, GpReferralReads gpReferrals, ProviderOrganisations organisations,
                         Clock clock, AccessLog log) {
        this.reads = reads;
        this.gpReferrals = gpReferrals;
        this.log = log;
        this.organisations = organisations;
        this.clock = clock;
    }

    @QueryHandler
    ThriveIntoWorkReport thriveIntoWork(ThriveIntoWorkOutcomes query, MetaData metaData) {
        requested(metaData, query);
        ReportCriteria criteria = criteriaOf(query.criteria());
        return ThriveIntoWorkReports.of(criteria, scopeOf(criteria),
                reads.enrolments(Pathway.THRIVE_INTO_WORK, criteria.asAt()), organisations::nameOf);
    }

    @QueryHandler
    HousingFirstReport housingFirst(HousingFirstOutcomes query, MetaData metaData) {
        requested(metaData, query);
        ReportCriteria criteria = criteriaOf(query.criteria());
        return HousingFirstReports.of(criteria, scopeOf(criteria),
                reads.enrolments(Pathway.HOUSING_FIRST, criteria.asAt()));
    }

    @QueryHandler
    RoughSleepingReport roughSleeping(RoughSleepingOutcomes query, MetaData metaData) {
        requested(metaData, query);
        ReportCriteria criteria = criteriaOf(query.criteria());
        return RoughSleepingReports.of(criteria, scopeOf(criteria),
                reads.enrolments(Pathway.ROUGH_SLEEPING_INITIATIVE, criteria.asAt()),
                enrolmentIds -> reads.roughSleepingContacts(enrolmentIds, criteria.asAt()), organisations::nameOf);
    }

    @QueryHandler
    FundingReport funding(FundingOutcomes query, MetaData metaData) {
        requested(metaData, query);
        ReportCriteria criteria = criteriaOf(query.criteria());
        ReportScope scope = scopeOf(criteria);
        Map<Pathway, List<OutcomeRow>> enrolments = new EnumMap<>(Pathway.class);
        for (Pathway pathway : Pathway.values()) {
            boolean needed = scope.fundingStream() == null || scope.fundingStream().pathway() == pathway;
            enrolments.put(pathway, needed ? reads.enrolments(pathway, criteria.asAt()) : List.of());
        }
        return FundingReports.of(criteria, scope, enrolments, reads.drawdowns(criteria.asAt()));
    }

    @QueryHandler
    GpReferralReport gpReferrals(GpReferralOutcomes query, MetaData metaData) {
        requested(metaData, query);
        ReportCriteria criteria = criteriaOf(query.criteria());
        return GpReferralReports.of(criteria, scopeOf(criteria), gpReferrals.referrals(criteria.asAt()));
    }

    @QueryHandler
    EqualityReport equality(EqualityOutcomes query, MetaData metaData) {
        requested(metaData, query);
        Objects.requireNonNull(query.pathway(), "An equality report is of one pathway");
        ReportCriteria criteria = criteriaOf(query.criteria());
        return EqualityReports.of(criteria, scopeOf(criteria), query.pathway(),
                reads.enrolments(query.pathway(), criteria.asAt()));
    }

    /**
     * Reports are aggregates for programme managers and administrators; each request is written to the access
     * log with its criteria (who asked for which figures), though it shows nobody's record.
     */
    private void requested(MetaData metaData, Object query) {
        Caller caller = Caller.of(metaData);
        if (caller.system()) {
            return;
        }
        if (!caller.has(Role.PROGRAMME_MANAGER) && !caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Outcome reports are for programme managers and administrators");
        }
        log.recordAggregate(caller, AccessAction.REQUEST_REPORT, query.toString());
    }

    /**
     * No criteria: everything up to the end of the last complete month, as known now. Criteria the disclosure
     * rules do not allow (not whole months, as at mid-month) are refused here, whoever asks, so that the
     * dashboard, the API and every export give the same answer ({@link ReportPeriodRules}).
     */
    private ReportCriteria criteriaOf(ReportCriteria criteria) {
        ReportCriteria asked = criteria != null ? criteria : new ReportCriteria(null, null, null, null, null, null);
        ReportPeriodRules.check(asked, LocalDate.now(clock));
        return asked;
    }

    private ReportScope scopeOf(ReportCriteria criteria) {
        return ReportScope.of(criteria, LocalDate.now(clock));
    }
}
