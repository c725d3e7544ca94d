package uk.wmpathways.reporting.api;

import uk.wmpathways.caseservice.api.enrolment.Pathway;

/**
 * Outcome report queries, answered by the reporting module. Every answer is already small-number suppressed:
 * no report carries a count from 1 to 4, nor one that would reveal it, nor anything about a single person.
 */
public final class ReportQueries {

    private ReportQueries() {
    }

    /** Answered with a {@link ThriveIntoWorkReport}. */
    public record ThriveIntoWorkOutcomes(ReportCriteria criteria) {
    }

    /** Answered with a {@link HousingFirstReport}. */
    public record HousingFirstOutcomes(ReportCriteria criteria) {
    }

    /** Answered with a {@link RoughSleepingReport}. */
    public record RoughSleepingOutcomes(ReportCriteria criteria) {
    }

    /** Answered with a {@link FundingReport}. */
    public record FundingOutcomes(ReportCriteria criteria) {
    }

    /** Answered with a {@link GpReferralReport}. */
    public record GpReferralOutcomes(ReportCriteria criteria) {
    }

    /** Answered with an {@link EqualityReport}. */
    public record EqualityOutcomes(ReportCriteria criteria, Pathway pathway) {
    }
}
