package uk.wmpathways.reporting.api;

import java.util.List;
import java.util.Map;

/**
 * GP referrals into Thrive into Work (definitions in domain.md, "GP referrals"): the referrals received in the
 * period and what had become of them by the as-at day (accepted, rejected by reason, cancelled, awaiting a
 * decision), and the days from receipt to the accepted enrolment's first contact with the person (median and 90th
 * percentile), overall, per referring practice (ODS code) and per local authority of the accepted enrolment
 * ("Not yet known" for referrals not accepted). Suppressed like every report: 1-4 as "&lt;5", a count that would
 * reveal one as "[c]", no median of fewer than 5 values, no 90th percentile of fewer than 10.
 * <p>
 * {@code definitions}: what each figure counts, in plain words, by the name of its field ({@link Definition}).
 */
public record GpReferralReport(ReportCriteria criteria,
                               Figure received,
                               Figure accepted,
                               Figure rejected,
                               Figure cancelled,
                               Figure awaitingDecision,
                               Figure firstContacted,
                               Double medianDaysToFirstContact,
                               Double ninetiethPercentileDaysToFirstContact,
                               Breakdown rejectedByReason,
                               List<Line> byPractice,
                               List<Line> byLocalAuthority,
                               Map<String, Definition.Text> definitions) {

    /** One practice's or one area's figures; every figure carries its definition's key. */
    public record Line(String key,
                       String label,
                       Figure received,
                       Figure accepted,
                       Figure rejected,
                       Figure cancelled,
                       Figure awaitingDecision,
                       Figure firstContacted,
                       Double medianDaysToFirstContact,
                       Double ninetiethPercentileDaysToFirstContact) {
    }
}
