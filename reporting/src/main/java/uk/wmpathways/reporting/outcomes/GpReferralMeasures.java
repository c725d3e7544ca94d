package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The GP referral measures of a set of referrals (the report's cohort: received in the period), before
 * suppression. Choices where domain.md leaves one:
 * <ul>
 *   <li>The cohort is the referrals <em>received</em> (the UK day our system recorded them) in the period, not
 *   those authored: the practice's authoredOn is its own clock (a referral written one day may be sent days later)
 *   and the service can act only from receipt, which is what it is answerable for.</li>
 *   <li>What became of each is as known at the report's day (its as-at day, or now): accepted, rejected,
 *   cancelled, or still awaiting a decision. Each referral is in exactly one, so they add up to the received.</li>
 *   <li>Days to first contact: from the day received to the first contact logged on the accepted Thrive into Work
 *   enrolment that reached the person (face to face, phone or video; an attempt does not count), by the contact's
 *   own day. Of the accepted referrals that have one; those still waiting are not in the median (they are
 *   accepted minus first contacted).</li>
 * </ul>
 */
final class GpReferralMeasures {

    static final int RECEIVED = 0;
    static final int ACCEPTED = 1;
    static final int REJECTED = 2;
    static final int CANCELLED = 3;
    static final int AWAITING = 4;
    static final int FIRST_CONTACTED = 5;

    private final List<GpReferralRow> referrals;

    GpReferralMeasures(List<GpReferralRow> referrals) {
        this.referrals = referrals;
    }

    long received() {
        return referrals.size();
    }

    long rejected() {
        return count(GpReferralRow.Status.REJECTED);
    }

    long rejectedFor(GpReferralRejectionReason reason) {
        return referrals.stream()
                .filter(r -> r.status() == GpReferralRow.Status.REJECTED && r.rejectionReason() == reason).count();
    }

    /** The counts in column order: received, accepted, rejected, cancelled, awaiting a decision, first contacted. */
    long[] columns() {
        return new long[] {received(), count(GpReferralRow.Status.ACCEPTED), rejected(),
                count(GpReferralRow.Status.CANCELLED), count(GpReferralRow.Status.AWAITING_DECISION),
                daysToFirstContact().size()};
    }

    /** Days from receipt to first contact of each accepted referral whose enrolment has had one. */
    List<Long> daysToFirstContact() {
        return referrals.stream().filter(r -> r.status() == GpReferralRow.Status.ACCEPTED)
                .map(GpReferralRow::daysToFirstContact).filter(Objects::nonNull).toList();
    }

    /** The referrals grouped by their category's key (labelled as the first of them), in the order of the keys. */
    Map<Category, GpReferralMeasures> by(Function<GpReferralRow, Category> category) {
        Map<String, List<GpReferralRow>> groups = referrals.stream()
                .collect(Collectors.groupingBy(referral -> category.apply(referral).key(), TreeMap::new,
                        Collectors.toList()));
        Map<Category, GpReferralMeasures> measures = new LinkedHashMap<>();
        groups.values().forEach(group -> measures.put(category.apply(group.get(0)), new GpReferralMeasures(group)));
        return measures;
    }

    private long count(GpReferralRow.Status status) {
        return referrals.stream().filter(r -> r.status() == status).count();
    }
}
