package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;

class HousingFirstMeasuresTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportScope YEAR_2025 = new ReportScope(FROM, TO, TO, null, null, null);

    private static History referred(String person, LocalDate on) {
        return History.housingFirst(person, "HOMES-FIRST", BIRMINGHAM, on, null);
    }

    private static HousingFirstMeasures measures(History... histories) {
        return new HousingFirstMeasures(List.of(histories).stream().map(History::row).toList(), YEAR_2025);
    }

    @Test
    void countsReferralsAndAcceptancesInThePeriodAndPeopleAccommodatedInIt() {
        History earlier = referred("p1", LocalDate.of(2024, 11, 1)).accepted(LocalDate.of(2025, 1, 10))
                .tenancyStarted("t1", LocalDate.of(2025, 2, 1));
        History rehoused = referred("p2", LocalDate.of(2025, 2, 1)).accepted(LocalDate.of(2025, 2, 10))
                .tenancyStarted("t2", LocalDate.of(2025, 3, 1)).tenancyEnded("t2", LocalDate.of(2025, 5, 1))
                .tenancyStarted("t3", LocalDate.of(2025, 6, 1));
        History waiting = referred("p3", LocalDate.of(2025, 12, 1));
        History housedBefore = referred("p4", LocalDate.of(2023, 1, 1)).accepted(LocalDate.of(2023, 1, 5))
                .tenancyStarted("t4", LocalDate.of(2023, 2, 1));
        History rehousedInThePeriod = referred("p5", LocalDate.of(2024, 1, 1)).accepted(LocalDate.of(2024, 1, 5))
                .tenancyStarted("t5", LocalDate.of(2024, 6, 1)).tenancyEnded("t5", LocalDate.of(2024, 10, 1))
                .tenancyStarted("t6", LocalDate.of(2025, 2, 1)); // accommodated in 2024: a re-housing is not again

        HousingFirstMeasures measures = measures(earlier, rehoused, waiting, housedBefore, rehousedInThePeriod);

        assertThat(measures.referrals()).isEqualTo(2);
        assertThat(measures.accepted()).isEqualTo(2);
        assertThat(measures.accommodated()).isEqualTo(2);
        // Of the people accepted in the period (p1, p2), those accommodated in it; p4, accepted in 2023, is not
        // one of the period's accepted.
        assertThat(measures.accommodatedOfAccepted().proportion()).isEqualTo(new Proportion(2, 2));
    }

    @Test
    void tenancySustainmentAt12MonthsIsOfTenanciesWhose12MonthPointFallsInThePeriod() {
        History sustained = referred("p1", LocalDate.of(2023, 1, 1)).accepted(LocalDate.of(2023, 1, 2))
                .tenancyStarted("t1", LocalDate.of(2024, 3, 1));
        History endedOnTheAnniversary = referred("p2", LocalDate.of(2023, 1, 1)).accepted(LocalDate.of(2023, 1, 2))
                .tenancyStarted("t2", LocalDate.of(2024, 1, 1)).tenancyEnded("t2", LocalDate.of(2025, 1, 1));
        History endedEarly = referred("p3", LocalDate.of(2023, 1, 1)).accepted(LocalDate.of(2023, 1, 2))
                .tenancyStarted("t3", LocalDate.of(2024, 1, 1)).tenancyEnded("t3", LocalDate.of(2024, 12, 31));
        History tooRecent = referred("p4", LocalDate.of(2025, 1, 1)).accepted(LocalDate.of(2025, 1, 2))
                .tenancyStarted("t4", LocalDate.of(2025, 1, 1));
        History pointBeforeThePeriod = referred("p5", LocalDate.of(2022, 1, 1)).accepted(LocalDate.of(2022, 1, 2))
                .tenancyStarted("t5", LocalDate.of(2023, 3, 1)); // 12 months on 1 March 2024

        assertThat(measures(sustained, endedOnTheAnniversary, endedEarly, tooRecent, pointBeforeThePeriod)
                .sustainedAt12Months()).isEqualTo(new Proportion(2, 3));
    }

    @Test
    void tenanciesAreBandedByHowLongTheyLastedToTheirEndOrThePeriodEnd() {
        History history = referred("p1", LocalDate.of(2020, 1, 1)).accepted(LocalDate.of(2020, 1, 2))
                .tenancyStarted("t36", LocalDate.of(2020, 2, 1)).tenancyEnded("t36", LocalDate.of(2024, 2, 1))
                .tenancyStarted("t5", LocalDate.of(2025, 7, 15));
        History twelve = referred("p2", LocalDate.of(2024, 1, 1)).accepted(LocalDate.of(2024, 1, 2))
                .tenancyStarted("t12", LocalDate.of(2024, 12, 31));
        History six = referred("p3", LocalDate.of(2024, 1, 1)).accepted(LocalDate.of(2024, 1, 2))
                .tenancyStarted("t6", LocalDate.of(2024, 1, 31)).tenancyEnded("t6", LocalDate.of(2024, 12, 30));
        History twentyFour = referred("p4", LocalDate.of(2022, 1, 1)).accepted(LocalDate.of(2022, 1, 2))
                .tenancyStarted("t24", LocalDate.of(2023, 6, 30));

        Tally bands = measures(history, twelve, six, twentyFour).byTenureBand();

        // each band: the tenancies in it, and of them those still running (t36 and t6 ended)
        assertThat(bands.rows()).extracting(row -> row.category().label(), Tally.Row::count, Tally.Row::base)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Under 6 months", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("6-12 months", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("12-24 months", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("24-36 months", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("36+ months", 0L, 1L));
    }

    @Test
    void daysFromReferralToTheFirstTenancyAreOfFirstTenanciesStartedInThePeriod() {
        History quick = referred("p1", LocalDate.of(2025, 1, 1)).accepted(LocalDate.of(2025, 1, 2))
                .tenancyStarted("t1", LocalDate.of(2025, 1, 31))
                .tenancyEnded("t1", LocalDate.of(2025, 3, 1))
                .tenancyStarted("t2", LocalDate.of(2025, 4, 1));
        History slow = referred("p2", LocalDate.of(2024, 10, 1)).accepted(LocalDate.of(2024, 10, 2))
                .tenancyStarted("t3", LocalDate.of(2025, 2, 28));
        History before = referred("p3", LocalDate.of(2024, 1, 1)).accepted(LocalDate.of(2024, 1, 2))
                .tenancyStarted("t4", LocalDate.of(2024, 6, 1));

        assertThat(measures(quick, slow, before).daysReferralToFirstTenancy()).containsExactly(30L, 150L);
    }
}
