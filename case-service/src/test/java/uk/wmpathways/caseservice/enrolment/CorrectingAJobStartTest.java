package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.CorrectJobStart;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.UnknownReferenceException;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.RecordedId.recordedId;

/**
 * Thrive into Work: a job start recorded wrongly (its date, hours a week or hourly pay) is corrected with the
 * reason, whether the job still runs or has ended. The job recorded by {@code jobStarted} has 16 hours a week
 * at £12.60 an hour.
 */
class CorrectingAJobStartTest extends EnrolmentFixtureTest {

    static final LocalDate JOB_START = LocalDate.of(2025, 6, 2);
    static final LocalDate JOB_END = JOB_START.plusWeeks(10);

    static CorrectJobStart correction(String jobId, LocalDate startedOn, String hours, String pay, String reason) {
        return new CorrectJobStart(ID, jobId, startedOn, hours == null ? null : new BigDecimal(hours),
                pay == null ? null : new BigDecimal(pay), reason, null, null, BY);
    }

    static JobEnded jobEnded(String jobId, LocalDate endedOn) {
        return new JobEnded(ID, jobId, JobEndReason.RESIGNED, endedOn, null, BY, EARLIER);
    }

    @Test
    void aJobStartsDateHoursAndPayAreCorrectedWithTheReason() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", JOB_START.minusDays(7), "20", "12.60", " Started with an induction week "))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new JobStartCorrected(ID, "j-1", JOB_START.minusDays(7), new BigDecimal("20"),
                        new BigDecimal("12.60"), "Started with an induction week", null, BY, NOW));
    }

    @Test
    void anEndedJobCanBeCorrected() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START), jobEnded("j-1", JOB_END)))
                .when(correction("j-1", JOB_START, "16", "11.44", "Pay was the apprentice rate"))
                .expectEvents(new JobStartCorrected(ID, "j-1", JOB_START, new BigDecimal("16"),
                        new BigDecimal("11.44"), "Pay was the apprentice rate", null, BY, NOW));
    }

    @Test
    void anEndedJobCannotBeMadeToStartAfterItEnded() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START), jobEnded("j-1", JOB_END)))
                .when(correction("j-1", JOB_END.plusDays(1), "16", "12.60", "Wrong date"))
                .expectNoEvents()
                .expectException(withProblems(problem("startedOn", "Job start date cannot be after the job ended")));
        setUpFixture();
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START), jobEnded("j-1", JOB_END)))
                .when(correction("j-1", JOB_END, "16", "12.60", "It was a one-day job"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUnknownJobIsAProblemWithTheJobId() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-404", JOB_START, "20", "12.60", "Wrong hours"))
                .expectNoEvents()
                .expectException(withProblems(problem("jobId", "No job with this id is recorded on this enrolment")));
    }

    @Test
    void noCorrectionBeforeAnyJobIsRecorded() {
        fixture.given(inTrialArm(TrialArm.CONTROL))
                .when(correction("j-1", JOB_START, "20", "12.60", "Wrong hours"))
                .expectNoEvents()
                .expectException(UnknownReferenceException.class);
    }

    @Test
    void theStartDateIsNotInTheFutureNorBeforeTheReferral() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", TODAY.plusDays(1), "16", "12.60", "Wrong date"))
                .expectNoEvents()
                .expectException(withProblems(problem("startedOn", "Job start date cannot be in the future")));
        setUpFixture();
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", STARTED.minusDays(1), "16", "12.60", "Wrong date"))
                .expectException(withProblems(problem("startedOn",
                        "Job start date cannot be before the referral date")));
    }

    @Test
    void hoursAndPayFollowTheRulesOfAJobStart() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", JOB_START, "80.5", "1000", "Wrong terms"))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("hoursPerWeek", "Hours a week must be more than 0 and at most 80"),
                        problem("hourlyPay", "Hourly pay must be more than £0 and less than £1000")));
        setUpFixture();
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction(null, null, null, null, null))
                .expectException(withProblems(
                        problem("jobId", "Job is required"),
                        problem("startedOn", "Job start date is required"),
                        problem("hoursPerWeek", "Hours a week is required"),
                        problem("hourlyPay", "Hourly pay is required"),
                        problem("reason", "Reason for the correction is required")));
    }

    @Test
    void aCorrectedHourlyPayIsInPoundsAndPence() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", JOB_START, "16", "12.345", "Pay was mistyped"))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("hourlyPay", "Hourly pay is in pounds and pence: at most 2 decimal places")));
        for (String pay : new String[] {"12.34", "12.3"}) {
            setUpFixture();
            fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                    .when(correction("j-1", JOB_START, "16", pay, "Pay was mistyped"))
                    .expectEvents(new JobStartCorrected(ID, "j-1", JOB_START, new BigDecimal("16"),
                            new BigDecimal(pay), "Pay was mistyped", null, BY, NOW));
        }
    }

    @Test
    void theReasonIsAtMostFiveHundredCharacters() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", JOB_START, "20", "12.60", "r".repeat(501)))
                .expectNoEvents()
                .expectException(withProblems(problem("reason",
                        "Reason for the correction must be at most 500 characters")));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(correction("j-1", JOB_START, "16.0", "12.6", "Checked it"))
                .expectNoEvents()
                .expectException(withProblems(problem("jobId",
                        "Nothing to correct: the job's start date, hours a week and hourly pay are already as given")));
    }

    @Test
    void aSecondCorrectionIsComparedWithTheFirst() {
        JobStartCorrected first = new JobStartCorrected(ID, "j-1", JOB_START, new BigDecimal("20"),
                new BigDecimal("12.60"), "Wrong hours", null, BY, EARLIER);
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START), first))
                .when(correction("j-1", JOB_START, "20", "12.60", "Again"))
                .expectNoEvents()
                .expectException(withProblems(problem("jobId",
                        "Nothing to correct: the job's start date, hours a week and hourly pay are already as given")));
        setUpFixture();
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START), first))
                .when(correction("j-1", JOB_START, "16", "12.60", "The first correction was wrong"))
                .expectEvents(new JobStartCorrected(ID, "j-1", JOB_START, new BigDecimal("16"),
                        new BigDecimal("12.60"), "The first correction was wrong", null, BY, NOW));
    }

    @Test
    void aRetriedCorrectionRecordsNothing() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START),
                        new JobStartCorrected(ID, "j-1", JOB_START, new BigDecimal("20"), new BigDecimal("12.60"),
                                "Wrong hours", "c-1", BY, EARLIER)))
                .when(new CorrectJobStart(ID, "j-1", JOB_START, new BigDecimal("20"), new BigDecimal("12.60"),
                        "Wrong hours", "c-1", null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectNoEvents();
    }

    @Test
    void sustainmentChecksFallDueFromTheCorrectedStart() {
        LocalDate correctedStart = JOB_START.minusWeeks(2);
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START),
                        new JobStartCorrected(ID, "j-1", correctedStart, new BigDecimal("16"), new BigDecimal("12.60"),
                                "Wrong date", null, BY, EARLIER)))
                .when(new RecordJobSustainmentCheck(ID, "j-1", 13, correctedStart.plusWeeks(13), null, null, BY))
                .expectEvents(new JobSustainmentChecked(ID, "j-1", 13, correctedStart.plusWeeks(13), null, BY, NOW));
    }

    @Test
    void theEnrolmentListsEveryJobWithItsTermsAsLastRecorded() {
        EnrolmentState state = new EnrolmentState();
        history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START), jobEnded("j-1", JOB_END),
                jobStarted("j-2", JOB_END.plusDays(3)),
                new JobStartCorrected(ID, "j-1", JOB_START.minusDays(1), new BigDecimal("18.5"),
                        new BigDecimal("12.60"), "Wrong hours", null, BY, EARLIER))
                .forEach(event -> state.apply((EnrolmentEvent) event));

        EnrolmentSummary summary = EnrolmentSummary.of(state, "Robin Example", 6);
        assertThat(summary.allJobs()).containsExactly(
                new EnrolmentSummary.RecordedJob("j-1", "Warehouse operative, Acme Ltd", JOB_START.minusDays(1),
                        JOB_END, new BigDecimal("18.5"), new BigDecimal("12.60")),
                new EnrolmentSummary.RecordedJob("j-2", "Warehouse operative, Acme Ltd", JOB_END.plusDays(3), null,
                        new BigDecimal("16"), new BigDecimal("12.60")));
        assertThat(summary.currentJobs()).extracting(EnrolmentSummary.CurrentJob::jobId).containsExactly("j-2");
        assertThat(summary.allowedSteps()).contains(Step.CORRECT_JOB_START);
        EnrolmentState withoutJobs = new EnrolmentState();
        inTrialArm(TrialArm.CONTROL).forEach(withoutJobs::apply);
        assertThat(withoutJobs.allowedSteps()).doesNotContain(Step.CORRECT_JOB_START);
    }
}
