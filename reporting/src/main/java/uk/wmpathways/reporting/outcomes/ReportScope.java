package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportPeriodRules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report counts: the period {@code from}..{@code to} (both included), the enrolments it covers (by
 * local authority, provider organisation and funding stream; null: all) and the day on which measures that
 * need time to pass are judged ({@code judgedOn}: the period's end, or the as-at day when that is earlier —
 * nothing later is known then).
 */
record ReportScope(LocalDate from, LocalDate to, LocalDate judgedOn, LocalAuthority localAuthority,
                   String providerOrganisation, FundingStream fundingStream) {

    /** Before every enrolment: a report without a start covers everything up to its end. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * The scope of a report's criteria. {@code today} stands for a missing as-at day (a report "now"); a missing
     * end of period is the end of the last month complete by then (a month in progress is never reported:
     * docs/disclosure.md).
     */
    static ReportScope of(ReportCriteria criteria, LocalDate today) {
        LocalDate knownBy = criteria.asAt() != null ? criteria.asAt() : today;
        LocalDate to = criteria.to() != null ? criteria.to() : ReportPeriodRules.lastCompleteMonthEnd(knownBy);
        LocalDate from = criteria.from() != null ? criteria.from() : EARLIEST;
        LocalDate judgedOn = knownBy.isBefore(to) ? knownBy : to;
        return new ReportScope(from, to, judgedOn, criteria.localAuthority(), criteria.providerOrganisation(),
                criteria.fundingStream());
    }

    /** The enrolment is delivered in the area, by the provider and from the funds the report is about. */
    boolean covers(OutcomeRow enrolment) {
        return (localAuthority == null || localAuthority == enrolment.localAuthority())
                && (providerOrganisation == null
                || Objects.equals(providerOrganisation, enrolment.providerOrganisation()))
                && (fundingStream == null || fundingStream == enrolment.fundingStream());
    }

    boolean inPeriod(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    boolean openInPeriod(OutcomeRow enrolment) {
        return enrolment.openBetween(from, to);
    }

    /** Narrowed to the enrolments of one funding stream. */
    ReportScope ofStream(FundingStream stream) {
        return new ReportScope(from, to, judgedOn, localAuthority, providerOrganisation, stream);
    }

    /** The programme to date: the same scope over a period from {@link #EARLIEST} to this period's end. */
    ReportScope toDate() {
        return new ReportScope(EARLIEST, to, judgedOn, localAuthority, providerOrganisation, fundingStream);
    }

    /** Only the period and funding stream narrow it: funding is not drawn down per area or provider. */
    boolean coversWholeStreams() {
        return localAuthority == null && providerOrganisation == null;
    }
}
