package uk.wmpathways.caseservice.api.retention;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.retention.RetentionRule.EnrolmentEnd;
import uk.wmpathways.caseservice.api.retention.RetentionRule.Person;
import uk.wmpathways.caseservice.api.retention.RetentionRule.Verdict;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which person is due for erasure on a day: the rule on its own, with a policy of short, distinct periods. */
class RetentionRuleTest {

    private static final RetentionPolicy POLICY = new RetentionPolicy(Period.ofYears(6), Period.ofYears(5),
            Period.ofYears(10), Period.ofYears(2));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate REGISTERED = LocalDate.of(2010, 1, 4);

    private static Person person(EnrolmentEnd... enrolments) {
        return new Person("p", REGISTERED, List.of(enrolments), false, false);
    }

    private static EnrolmentEnd closed(Pathway pathway, LocalDate on) {
        return new EnrolmentEnd(pathway, on);
    }

    @Test
    void aRecordIsDueOnTheDayItsPeriodAfterClosureEndsAndNotTheDayBefore() {
        Person closed = person(closed(Pathway.HOUSING_FIRST, LocalDate.of(2020, 12, 3)));

        assertThat(RetentionRule.endsOn(POLICY, closed)).contains(TODAY);
        assertThat(RetentionRule.verdict(POLICY, TODAY, closed)).isEqualTo(Verdict.ERASE);
        assertThat(RetentionRule.verdict(POLICY, TODAY.minusDays(1), closed)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void eachPathwayKeepsForItsOwnPeriod() {
        LocalDate closedOn = LocalDate.of(2020, 6, 1);
        assertThat(RetentionRule.endsOn(POLICY, person(closed(Pathway.HOUSING_FIRST, closedOn))))
                .contains(LocalDate.of(2026, 6, 1));
        assertThat(RetentionRule.endsOn(POLICY, person(closed(Pathway.ROUGH_SLEEPING_INITIATIVE, closedOn))))
                .contains(LocalDate.of(2025, 6, 1));
        assertThat(RetentionRule.endsOn(POLICY, person(closed(Pathway.THRIVE_INTO_WORK, closedOn))))
                .contains(LocalDate.of(2030, 6, 1));
    }

    @Test
    void theLatestEndOfEveryEnrolmentDecidesNotTheLatestClosure() {
        // Thrive into Work closed first but keeps longer than the Housing First closed after it.
        Person twoPathways = person(closed(Pathway.THRIVE_INTO_WORK, LocalDate.of(2015, 3, 1)),
                closed(Pathway.HOUSING_FIRST, LocalDate.of(2018, 3, 1)));

        assertThat(RetentionRule.endsOn(POLICY, twoPathways)).contains(LocalDate.of(2025, 3, 1));
        Person laterTiw = person(closed(Pathway.HOUSING_FIRST, LocalDate.of(2015, 3, 1)),
                closed(Pathway.THRIVE_INTO_WORK, LocalDate.of(2018, 3, 1)));
        assertThat(RetentionRule.verdict(POLICY, TODAY, laterTiw)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void anOpenEnrolmentKeepsTheRecordWhateverTheOthers() {
        Person open = person(closed(Pathway.HOUSING_FIRST, LocalDate.of(2001, 1, 1)),
                new EnrolmentEnd(Pathway.ROUGH_SLEEPING_INITIATIVE, null));

        assertThat(RetentionRule.endsOn(POLICY, open)).isEmpty();
        assertThat(RetentionRule.verdict(POLICY, TODAY, open)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void aPendingReferralKeepsTheRecord() {
        Person referred = new Person("p", REGISTERED, List.of(closed(Pathway.HOUSING_FIRST, LocalDate.of(2001, 1, 1))),
                true, false);

        assertThat(RetentionRule.verdict(POLICY, TODAY, referred)).isEqualTo(Verdict.KEEP);
        assertThat(RetentionRule.verdict(POLICY, TODAY, new Person("p", REGISTERED, List.of(), true, false)))
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void aPersonNeverEnrolledIsDueAfterThePeriodFromRegistration() {
        Person never = new Person("p", LocalDate.of(2024, 12, 3), List.of(), false, false);

        assertThat(RetentionRule.verdict(POLICY, TODAY, never)).isEqualTo(Verdict.ERASE);
        assertThat(RetentionRule.verdict(POLICY, TODAY.minusDays(1), never)).isEqualTo(Verdict.KEEP);
        assertThat(RetentionRule.verdict(POLICY, TODAY, new Person("p", null, List.of(), false, false)))
                .as("no registration day known: nothing is erased on a guess").isEqualTo(Verdict.KEEP);
    }

    @Test
    void aRestrictedRecordPastItsPeriodIsHeldAndOneWithinItIsKept() {
        Person restricted = new Person("p", REGISTERED, List.of(closed(Pathway.HOUSING_FIRST, LocalDate.of(2001, 1, 1))),
                false, true);
        Person restrictedRecent = new Person("p", REGISTERED,
                List.of(closed(Pathway.HOUSING_FIRST, LocalDate.of(2026, 1, 1))), false, true);

        assertThat(RetentionRule.verdict(POLICY, TODAY, restricted)).isEqualTo(Verdict.HOLD_PROCESSING_RESTRICTED);
        assertThat(RetentionRule.verdict(POLICY, TODAY, restrictedRecent)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void aZeroPeriodErasesFromTheDayOfClosure() {
        RetentionPolicy none = new RetentionPolicy(Period.ZERO, Period.ZERO, Period.ZERO, Period.ZERO);

        assertThat(RetentionRule.verdict(none, TODAY, person(closed(Pathway.THRIVE_INTO_WORK, TODAY))))
                .isEqualTo(Verdict.ERASE);
    }
}
