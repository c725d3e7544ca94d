package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.CONTROL;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

class ThriveIntoWorkMeasuresTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportScope YEAR_2025 = new ReportScope(FROM, TO, TO, null, null, null);

    private static History inTrial(String person, TrialArm arm, LocalDate on) {
        return History.inTrial(person, "WORK-WELL", DUDLEY, arm, on);
    }

    private static ThriveIntoWorkMeasures measures(ReportScope scope, History... histories) {
        return new ThriveIntoWorkMeasures(List.of(histories).stream().map(History::row).toList(), scope);
    }

    @Test
    void aPersonWithTwoJobStartsCountsOnce() {
        History twoJobs = inTrial("p1", TREATMENT, LocalDate.of(2025, 2, 1))
                .jobStarted("j1", LocalDate.of(2025, 3, 1), 16)
                .jobStarted("j2", LocalDate.of(2025, 6, 1), 30);
        History oneJob = inTrial("p2", TREATMENT, LocalDate.of(2025, 2, 1)).jobStarted("j3", LocalDate.of(2025, 4, 1), 16);

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, twoJobs, oneJob);

        assertThat(measures.jobStartCount()).isEqualTo(2);
        assertThat(measures.jobStarts()).extracting(start -> start.job().id()).containsExactlyInAnyOrder("j1", "j3");
        assertThat(measures.conversion().proportion()).isEqualTo(new Proportion(2, 2));
    }

    @Test
    void aPersonWithJobsOnTwoEnrolmentsCountsOnceWithTheFirstJob() {
        History first = inTrial("p1", TREATMENT, LocalDate.of(2025, 2, 1)).jobStarted("j1", LocalDate.of(2025, 5, 1), 16);
        History second = History.inTrial("p1", "WORK-WELL", WALSALL, TREATMENT, LocalDate.of(2025, 2, 1))
                .jobStarted("j2", LocalDate.of(2025, 3, 1), 16);

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, first, second);

        assertThat(measures.supportedPeople()).isEqualTo(1);
        assertThat(measures.jobStarts()).extracting(start -> start.job().id()).containsExactly("j2");
    }

    @Test
    void aJobStartAfterThePeriodDoesNotCount() {
        History late = inTrial("p1", TREATMENT, LocalDate.of(2025, 2, 1)).jobStarted("j1", LocalDate.of(2026, 1, 2), 16);

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, late);

        assertThat(measures.supportedPeople()).isEqualTo(1);
        assertThat(measures.jobStartCount()).isZero();
    }

    @Test
    void aLaterJobIsNotAJobStartWhenThePersonsFirstJobWasBeforeThePeriod() {
        History returning = inTrial("p1", TREATMENT, LocalDate.of(2024, 6, 1))
                .jobStarted("j1", LocalDate.of(2024, 9, 1), 16)
                .jobEnded("j1", LocalDate.of(2024, 12, 1))
                .jobStarted("j2", LocalDate.of(2025, 3, 1), 16);

        assertThat(measures(YEAR_2025, returning).jobStartCount()).isZero();
    }

    @Test
    void aJobOfFewerThanFourHoursAWeekIsNotAJobStartButTheNextJobOfFourHoursIs() {
        History smallJobFirst = inTrial("p1", TREATMENT, LocalDate.of(2025, 1, 6))
                .jobStarted("short", LocalDate.of(2025, 2, 1), 3)
                .jobStarted("real", LocalDate.of(2025, 4, 1), 4);
        History smallJobOnly = inTrial("p2", TREATMENT, LocalDate.of(2025, 1, 6))
                .jobStarted("short2", LocalDate.of(2025, 2, 1), 3);

        assertThat(measures(YEAR_2025, smallJobFirst, smallJobOnly).jobStarts())
                .extracting(start -> start.job().id()).containsExactly("real");
    }

    @Test
    void supportedMeansEnrolledAndAllocatedByThePeriodEndAndOpenInIt() {
        History referredOnly = History.thriveIntoWork("p1", "WORK-WELL", DUDLEY, LocalDate.of(2025, 3, 1));
        History enrolledNotAllocated = History.thriveIntoWork("p2", "WORK-WELL", DUDLEY, LocalDate.of(2025, 3, 1))
                .enrolled(LocalDate.of(2025, 3, 2));
        History closedBefore = inTrial("p3", CONTROL, LocalDate.of(2024, 3, 1)).closed(LocalDate.of(2024, 12, 31));
        History closedInPeriod = inTrial("p4", CONTROL, LocalDate.of(2024, 3, 1)).closed(LocalDate.of(2025, 1, 1));
        History allocatedAfter = History.thriveIntoWork("p5", "WORK-WELL", DUDLEY, LocalDate.of(2025, 12, 20))
                .enrolled(LocalDate.of(2025, 12, 30)).allocated(TREATMENT, LocalDate.of(2026, 1, 2));
        History reopened = inTrial("p6", CONTROL, LocalDate.of(2024, 3, 1)).closed(LocalDate.of(2024, 6, 1))
                .reopened(LocalDate.of(2025, 2, 1));

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, referredOnly, enrolledNotAllocated, closedBefore,
                closedInPeriod, allocatedAfter, reopened);

        assertThat(measures.supportedEnrolments()).extracting(OutcomeRow::participantId).containsExactly("p4", "p6");
    }

    @Test
    void sustainmentIsSustainedOfSustainedAndNotWithJobsAwaitingACheckCountedApart() {
        LocalDate enrolled = LocalDate.of(2025, 1, 2);
        ReportScope judgedInOctober = new ReportScope(FROM, TO, LocalDate.of(2025, 10, 1), null, null, null);
        History checkedAt13 = inTrial("p1", TREATMENT, enrolled).jobStarted("j1", LocalDate.of(2025, 2, 3), 16)
                .jobChecked("j1", 13, LocalDate.of(2025, 5, 5));
        History endedAfter13 = inTrial("p2", TREATMENT, enrolled).jobStarted("j2", LocalDate.of(2025, 2, 3), 16)
                .jobEnded("j2", LocalDate.of(2025, 5, 5)); // 13 weeks to the day: still in work then
        History endedBefore13 = inTrial("p3", TREATMENT, enrolled).jobStarted("j3", LocalDate.of(2025, 2, 3), 16)
                .jobEnded("j3", LocalDate.of(2025, 5, 4));
        History neverChecked = inTrial("p4", TREATMENT, enrolled).jobStarted("j4", LocalDate.of(2025, 2, 3), 16);
        History checkedAt26 = inTrial("p5", TREATMENT, enrolled).jobStarted("j5", LocalDate.of(2025, 3, 3), 16)
                .jobChecked("j5", 26, LocalDate.of(2025, 9, 1));
        History tooRecent = inTrial("p6", TREATMENT, enrolled).jobStarted("j6", LocalDate.of(2025, 7, 15), 16);
        History endedAfter26 = inTrial("p7", TREATMENT, enrolled).jobStarted("j7", LocalDate.of(2025, 2, 3), 16)
                .jobEnded("j7", LocalDate.of(2025, 9, 1)); // an ended job takes no checks: in work at both points

        ThriveIntoWorkMeasures measures = measures(judgedInOctober, checkedAt13, endedAfter13, endedBefore13,
                neverChecked, checkedAt26, tooRecent, endedAfter26);

        // 13 weeks: sustained p1, p2, p5, p7; not sustained p3; awaiting a check p4; p6 not yet 13 weeks old
        assertThat(measures.sustainedFor(13)).isEqualTo(new Proportion(4, 5));
        assertThat(measures.awaitingCheckAt(13)).isEqualTo(1);
        // 26 weeks: sustained p5, p7; not sustained p2, p3 (ended before); awaiting p1 (checked at 13 only), p4
        assertThat(measures.sustainedFor(26)).isEqualTo(new Proportion(2, 4));
        assertThat(measures.awaitingCheckAt(26)).isEqualTo(2);
    }

    @Test
    void timeToFirstEmployerContactIsFromEnrolmentForTheTreatmentArm() {
        LocalDate enrolled = LocalDate.of(2025, 3, 3);
        History in10Days = inTrial("p1", TREATMENT, enrolled).employerContact(false, enrolled.plusDays(12))
                .employerContact(true, enrolled.plusDays(10));
        History in30Days = inTrial("p2", TREATMENT, enrolled).employerContact(true, enrolled.plusDays(30));
        History in31Days = inTrial("p3", TREATMENT, enrolled).employerContact(true, enrolled.plusDays(31));
        History none = inTrial("p4", TREATMENT, enrolled);
        History tooRecentToJudge = inTrial("p5", TREATMENT, LocalDate.of(2025, 12, 20));
        History control = inTrial("p6", CONTROL, enrolled);

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, in10Days, in30Days, in31Days, none, tooRecentToJudge,
                control);

        assertThat(measures.daysToFirstEmployerContact()).containsExactly(10L, 30L, 31L);
        assertThat(measures.firstEmployerContactWithin30Days()).isEqualTo(new Proportion(2, 4));
    }

    @Test
    void aPhoneCallIsNotTheFirstEmployerContactTheFirstFaceToFaceMeetingIs() {
        LocalDate enrolled = LocalDate.of(2025, 3, 3);
        History phoneFirst = inTrial("p1", TREATMENT, enrolled).employerContact(false, enrolled.plusDays(3))
                .employerContact(true, enrolled.plusDays(40));
        History phoneOnly = inTrial("p2", TREATMENT, enrolled).employerContact(false, enrolled.plusDays(5));

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, phoneFirst, phoneOnly);

        assertThat(measures.daysToFirstEmployerContact()).containsExactly(40L);
        assertThat(measures.firstEmployerContactWithin30Days()).isEqualTo(new Proportion(0, 2));
    }

    @Test
    void aTrialEnrolmentIsEnrolledOnTheDayItsArmWasAllocated() {
        LocalDate consented = LocalDate.of(2025, 3, 3);
        LocalDate allocated = consented.plusDays(5);
        History trial = History.thriveIntoWork("p1", "WORK-WELL", DUDLEY, consented).enrolled(consented)
                .allocated(TREATMENT, allocated).employerContact(true, allocated.plusDays(28));
        ReportScope fromAllocation = new ReportScope(allocated, TO, TO, null, null, null);

        assertThat(measures(YEAR_2025, trial).daysToFirstEmployerContact()).containsExactly(28L);
        assertThat(measures(YEAR_2025, trial).firstEmployerContactWithin30Days()).isEqualTo(new Proportion(1, 1));
        assertThat(measures(fromAllocation, trial).daysToFirstEmployerContact()).containsExactly(28L);
    }

    @Test
    void outsideTheTrialEveryoneHasIpsWithoutAnArmAndIsEnrolledOnTheDayOfConsent() {
        LocalDate consented = LocalDate.of(2025, 3, 3);
        History expansion = History.thriveIntoWork("p1", "WORK-WELL", DUDLEY, FundingStream.THRIVE_INTO_WORK_EXPANSION,
                consented, null).enrolled(consented).employerContact(true, consented.plusDays(12));
        History notYet = History.thriveIntoWork("p2", "WORK-WELL", DUDLEY, FundingStream.THRIVE_INTO_WORK_EXPANSION,
                consented, null).enrolled(consented);

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, expansion, notYet);

        assertThat(measures.supportedPeople()).isEqualTo(2);
        assertThat(measures.daysToFirstEmployerContact()).containsExactly(12L);
        assertThat(measures.firstEmployerContactWithin30Days()).isEqualTo(new Proportion(1, 2));
    }

    @Test
    void anExpansionEnrolmentAllocatedTheControlArmBeforeThatRuleWasKeptStillHasIps() {
        LocalDate consented = LocalDate.of(2025, 3, 3);
        History legacyControl = History.thriveIntoWork("p1", "WORK-WELL", DUDLEY,
                FundingStream.THRIVE_INTO_WORK_EXPANSION, consented, null).enrolled(consented)
                .allocated(CONTROL, consented).employerContact(true, consented.plusDays(12));

        ThriveIntoWorkMeasures measures = measures(YEAR_2025, legacyControl);

        assertThat(measures.daysToFirstEmployerContact()).containsExactly(12L);
        assertThat(measures.firstEmployerContactWithin30Days()).isEqualTo(new Proportion(1, 1));
    }

    @Test
    void conversionIsBrokenDownByTheEnrolmentsAreaAndArm() {
        History dudleyJob = inTrial("p1", TREATMENT, LocalDate.of(2025, 1, 6)).jobStarted("j1", LocalDate.of(2025, 2, 1), 16);
        History dudleyNone = inTrial("p2", CONTROL, LocalDate.of(2025, 1, 6));
        History walsallJob = History.inTrial("p3", "WORK-WELL", WALSALL, CONTROL, LocalDate.of(2025, 1, 6))
                .jobStarted("j2", LocalDate.of(2025, 2, 1), 16);

        HeadlineRate conversion = measures(YEAR_2025, dudleyJob, dudleyNone, walsallJob).conversion();

        Tally byArea = conversion.by(Dimensions.LOCAL_AUTHORITY, Dimensions.localAuthorities(), Dimensions::localAuthorityOf);
        assertThat(byArea.rows().get(LocalAuthority.DUDLEY.ordinal())).extracting(Tally.Row::count, Tally.Row::base)
                .containsExactly(1L, 2L);
        assertThat(byArea.rows().get(LocalAuthority.WALSALL.ordinal())).extracting(Tally.Row::count, Tally.Row::base)
                .containsExactly(1L, 1L);
        assertThat(byArea.rows().get(LocalAuthority.COVENTRY.ordinal())).extracting(Tally.Row::count, Tally.Row::base)
                .containsExactly(0L, 0L);
        Tally byArm = conversion.by(Dimensions.TRIAL_ARM, Dimensions.trialArms(), Dimensions::trialArmOf);
        assertThat(byArm.rows()).extracting(row -> row.category().key(), Tally.Row::count, Tally.Row::base)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TREATMENT", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("CONTROL", 1L, 2L));
    }

    @Test
    void aJobStartCountsInTheAreaOfItsEnrolmentOnlyWhenTheReportCoversIt() {
        History dudleyJob = inTrial("p1", TREATMENT, LocalDate.of(2025, 1, 6)).jobStarted("j1", LocalDate.of(2025, 2, 1), 16);
        ReportScope walsallOnly = new ReportScope(FROM, TO, TO, WALSALL, null, null);

        assertThat(measures(walsallOnly, dudleyJob).jobStartCount()).isZero();
        assertThat(measures(new ReportScope(FROM, TO, TO, DUDLEY, null, null), dudleyJob).jobStartCount()).isEqualTo(1);
    }

    @Test
    void aCorrectedJobStartIsCountedAsCorrected() {
        History corrected = inTrial("p1", TREATMENT, LocalDate.of(2024, 11, 1))
                .jobStarted("j1", LocalDate.of(2024, 12, 15), 16)
                .jobStartCorrected("j1", LocalDate.of(2025, 1, 15), 16);

        assertThat(measures(YEAR_2025, corrected).jobStartCount()).isEqualTo(1);
    }
}
