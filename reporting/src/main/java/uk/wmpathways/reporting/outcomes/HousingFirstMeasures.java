package uk.wmpathways.reporting.outcomes;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Housing First measures of domain.md over the enrolments known as at the report's day.
 * <ul>
 *   <li><b>Referrals</b>: referrals (enrolments) in scope made in the period; <b>accepted</b>: referrals in
 *   scope whose eligibility was accepted in the period (both count referrals, not people).</li>
 *   <li><b>Accommodated</b>: people whose first tenancy in the enrolment started in the period (a re-housing
 *   is not a second accommodation).</li>
 *   <li><b>Headline rate</b> (areas, equality): "accommodated in the period, of people accepted in the
 *   period". The base is the people with a referral in scope whose eligibility was accepted in the period
 *   (the period's accepted, counted as people); of them, those whose first tenancy in that enrolment started
 *   in the period (so accommodated by the period's end). Both figures are of the period the label names: a
 *   period that accepted nobody has a base of 0, whoever was accepted earlier and is still waiting.</li>
 *   <li><b>Tenancy sustainment at 12 months</b>: of the tenancies whose 12-month point falls in the period (and
 *   has been reached by the day judged), those still running at that point (not ended before it).</li>
 *   <li><b>Tenure bands</b>: the tenancies started by the day judged, by how long they have lasted to their
 *   end or to that day (under 6, 6-12, 12-24, 24-36, 36+ months), each band with how many of its tenancies are
 *   still running on that day.</li>
 *   <li><b>Days from referral to tenancy</b>: from the referral to the enrolment's first tenancy, for the
 *   first tenancies started in the period.</li>
 * </ul>
 */
final class HousingFirstMeasures {

    static final int SUSTAINMENT_MONTHS = 12;

    static final String ACCOMMODATED_OF_ACCEPTED = "Accommodated in the period (of people accepted in the period)";

    private final ReportScope scope;
    private final List<OutcomeRow> covered;

    HousingFirstMeasures(Collection<OutcomeRow> enrolments, ReportScope scope) {
        this.scope = scope;
        this.covered = enrolments.stream().filter(scope::covers).toList();
    }

    long referrals() {
        return covered.stream().filter(enrolment -> scope.inPeriod(enrolment.startedOn())).count();
    }

    long accepted() {
        return covered.stream().filter(enrolment -> scope.inPeriod(enrolment.housingFirst().acceptedOn())).count();
    }

    long accommodated() {
        return HeadlineRate.people(accommodatedEnrolments());
    }

    HeadlineRate accommodatedOfAccepted() {
        List<OutcomeRow> acceptedInPeriod = covered.stream()
                .filter(enrolment -> scope.inPeriod(enrolment.housingFirst().acceptedOn()))
                .toList();
        return new HeadlineRate(ACCOMMODATED_OF_ACCEPTED, acceptedInPeriod,
                acceptedInPeriod.stream().filter(this::firstTenancyStartedInPeriod).toList());
    }

    Proportion sustainedAt12Months() {
        List<Tenancy> oldEnough = tenancies().stream()
                .filter(tenancy -> scope.inPeriod(tenancy.startedOn().plusMonths(SUSTAINMENT_MONTHS)))
                .filter(tenancy -> !tenancy.startedOn().plusMonths(SUSTAINMENT_MONTHS).isAfter(scope.judgedOn()))
                .toList();
        return new Proportion(oldEnough.stream().filter(tenancy -> tenancy.runningAfter(SUSTAINMENT_MONTHS)).count(),
                oldEnough.size());
    }

    /** Per tenure band: the tenancies in it (the base) and how many of them are still running (the count). */
    Tally byTenureBand() {
        Map<TenureBand, Long> inBand = new EnumMap<>(TenureBand.class);
        Map<TenureBand, Long> running = new EnumMap<>(TenureBand.class);
        tenancies().stream()
                .filter(tenancy -> !tenancy.startedOn().isAfter(scope.judgedOn()))
                .forEach(tenancy -> {
                    TenureBand band = TenureBand.of(tenancy.monthsLastedTo(scope.judgedOn()));
                    inBand.merge(band, 1L, Long::sum);
                    if (tenancy.runningOn(scope.judgedOn())) {
                        running.merge(band, 1L, Long::sum);
                    }
                });
        return new Tally("Tenure band", "Tenancies still running, by how long they have lasted",
                TenureBand.categories().stream()
                        .map(category -> new Tally.Row(category,
                                running.getOrDefault(TenureBand.valueOf(category.key()), 0L),
                                inBand.getOrDefault(TenureBand.valueOf(category.key()), 0L)))
                        .toList());
    }

    List<Long> daysReferralToFirstTenancy() {
        return covered.stream()
                .flatMap(enrolment -> enrolment.housingFirst().firstTenancy()
                        .filter(tenancy -> scope.inPeriod(tenancy.startedOn()))
                        .map(tenancy -> ChronoUnit.DAYS.between(enrolment.startedOn(), tenancy.startedOn()))
                        .stream())
                .sorted()
                .toList();
    }

    private List<OutcomeRow> accommodatedEnrolments() {
        return covered.stream().filter(this::firstTenancyStartedInPeriod).toList();
    }

    private boolean firstTenancyStartedInPeriod(OutcomeRow enrolment) {
        return enrolment.housingFirst().firstTenancy().filter(tenancy -> scope.inPeriod(tenancy.startedOn())).isPresent();
    }

    private List<Tenancy> tenancies() {
        return covered.stream().flatMap(enrolment -> enrolment.housingFirst().tenancies().stream()).toList();
    }
}
