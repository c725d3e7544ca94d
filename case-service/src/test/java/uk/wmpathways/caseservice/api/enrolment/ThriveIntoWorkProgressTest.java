package uk.wmpathways.caseservice.api.enrolment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.wmpathways.caseservice.api.enrolment.Events.allocated;
import static uk.wmpathways.caseservice.api.enrolment.Events.eligibilityAndConsent;
import static uk.wmpathways.caseservice.api.enrolment.Events.employerContact;
import static uk.wmpathways.caseservice.api.enrolment.Events.jobChecked;
import static uk.wmpathways.caseservice.api.enrolment.Events.jobEnded;
import static uk.wmpathways.caseservice.api.enrolment.Events.jobStartCorrected;
import static uk.wmpathways.caseservice.api.enrolment.Events.jobStarted;
import static uk.wmpathways.caseservice.api.enrolment.Events.profileCompleted;

class ThriveIntoWorkProgressTest {

    private static final LocalDate ENROLLED = LocalDate.of(2025, 1, 6);
    private static final LocalDate ALLOCATED = ENROLLED.plusDays(1);
    private static final LocalDate JOB_START = LocalDate.of(2025, 3, 3);

    private static final String NO_CHECK_OUTSTANDING = "No current job has a sustainment check outstanding";

    private static ThriveIntoWorkProgress after(EnrolmentEvent... events) {
        ThriveIntoWorkProgress progress = ThriveIntoWorkProgress.referred(FundingStream.THRIVE_INTO_WORK_TRIAL);
        for (EnrolmentEvent event : events) {
            progress = progress.apply(event);
        }
        return progress;
    }

    private static ThriveIntoWorkProgress enrolled() {
        return after(eligibilityAndConsent(true, true, ENROLLED));
    }

    private static ThriveIntoWorkProgress inArm(TrialArm arm, EnrolmentEvent... more) {
        ThriveIntoWorkProgress progress = enrolled().apply(allocated(arm, ALLOCATED));
        for (EnrolmentEvent event : more) {
            progress = progress.apply(event);
        }
        return progress;
    }

    private static ThriveIntoWorkProgress inWork() {
        return inArm(TrialArm.TREATMENT, employerContact(true, ENROLLED.plusDays(10)), jobStarted("j1", JOB_START));
    }

    // Eligibility and consent

    @Test
    void eligibilityAndConsentAreRecordedOnTheReferral() {
        assertThat(after().stage()).isEqualTo(Stage.REFERRED);
        assertThat(after().whyNot(Step.RECORD_ELIGIBILITY_AND_CONSENT)).isEmpty();
    }

    @Test
    void eligibilityAndConsentAreRecordedOnlyOnceTheyAreGiven() {
        assertThat(enrolled().stage()).isEqualTo(Stage.ENROLLED);
        assertThat(enrolled().consentRecordedOn()).isEqualTo(ENROLLED);
        assertThat(enrolled().enrolledOn()).as("in the trial, enrolled on the allocation day").isNull();
        assertThat(inArm(TrialArm.CONTROL).enrolledOn()).isEqualTo(ALLOCATED);
        assertThat(enrolled().whyNot(Step.RECORD_ELIGIBILITY_AND_CONSENT))
                .contains("Eligibility and consent have already been recorded");
    }

    @Test
    void withoutConsentTheReferralStaysAwaitingEligibilityAndConsent() {
        ThriveIntoWorkProgress progress = after(eligibilityAndConsent(true, false, ENROLLED));

        assertThat(progress.stage()).isEqualTo(Stage.REFERRED);
        assertThat(progress.enrolledOn()).isNull();
        assertThat(progress.whyNot(Step.RECORD_ELIGIBILITY_AND_CONSENT)).isEmpty();
    }

    // Trial arm

    @Test
    void aTrialArmIsNotAllocatedBeforeEligibilityAndConsent() {
        assertThat(after().whyNot(Step.ALLOCATE_TRIAL_ARM))
                .contains("A trial arm is allocated only after eligibility and consent are recorded");
    }

    @Test
    void aTrialArmIsAllocatedOnceEnrolled() {
        assertThat(enrolled().whyNot(Step.ALLOCATE_TRIAL_ARM)).isEmpty();
    }

    @Test
    void aTrialArmAllocationIsPermanent() {
        ThriveIntoWorkProgress progress = inArm(TrialArm.CONTROL);

        assertThat(progress.stage()).isEqualTo(Stage.LOOKING_FOR_WORK);
        assertThat(progress.trialArm()).isEqualTo(TrialArm.CONTROL);
        assertThat(progress.whyNot(Step.ALLOCATE_TRIAL_ARM))
                .contains("The trial arm has already been allocated; an allocation is permanent");
    }

    // Vocational profile and employer contact (IPS, treatment arm only)

    @Test
    void aVocationalProfileComesAfterTheTrialArmIsAllocated() {
        assertThat(enrolled().whyNot(Step.COMPLETE_VOCATIONAL_PROFILE))
                .contains("A vocational profile comes after the trial arm is allocated");
    }

    @Test
    void aVocationalProfileIsNotCompletedInTheControlArm() {
        assertThat(inArm(TrialArm.CONTROL).whyNot(Step.COMPLETE_VOCATIONAL_PROFILE)).contains(
                "A vocational profile is part of IPS support; this participant is in the control arm (usual care)");
    }

    @Test
    void aVocationalProfileIsCompletedInTheTreatmentArm() {
        assertThat(inArm(TrialArm.TREATMENT).whyNot(Step.COMPLETE_VOCATIONAL_PROFILE)).isEmpty();
    }

    @Test
    void aVocationalProfileIsCompletedOnlyOnce() {
        ThriveIntoWorkProgress progress = inArm(TrialArm.TREATMENT, profileCompleted(ALLOCATED.plusDays(3)));
        assertThat(progress.vocationalProfileCompletedOn()).isEqualTo(ALLOCATED.plusDays(3));
        assertThat(progress.whyNot(Step.COMPLETE_VOCATIONAL_PROFILE))
                .contains("The vocational profile is already completed");
    }

    @Test
    void employerContactComesAfterTheTrialArmIsAllocated() {
        assertThat(enrolled().whyNot(Step.RECORD_EMPLOYER_CONTACT))
                .contains("Employer contact comes after the trial arm is allocated");
    }

    @Test
    void employerContactIsNotRecordedInTheControlArm() {
        assertThat(inArm(TrialArm.CONTROL).whyNot(Step.RECORD_EMPLOYER_CONTACT)).contains(
                "Employer contact is part of IPS support; this participant is in the control arm (usual care)");
    }

    @Test
    void employerContactIsRecordedInTheTreatmentArm() {
        assertThat(inArm(TrialArm.TREATMENT).whyNot(Step.RECORD_EMPLOYER_CONTACT)).isEmpty();
    }

    @Test
    void employerContactsAreRecordedAsOftenAsTheyHappen() {
        assertThat(inArm(TrialArm.TREATMENT, employerContact(true, ALLOCATED.plusDays(2)))
                .whyNot(Step.RECORD_EMPLOYER_CONTACT)).isEmpty();
    }

    @Test
    void theFirstFaceToFaceEmployerContactIsKeptAndLaterOnesDoNotReplaceIt() {
        ThriveIntoWorkProgress progress = inArm(TrialArm.TREATMENT, employerContact(false, ALLOCATED.plusDays(1)),
                employerContact(true, ALLOCATED.plusDays(5)), employerContact(true, ALLOCATED.plusDays(9)));

        assertThat(progress.firstFaceToFaceEmployerContactOn()).isEqualTo(ALLOCATED.plusDays(5));
    }

    // Jobs

    @Test
    void aJobStartIsNotRecordedBeforeTheTrialArmIsAllocated() {
        assertThat(enrolled().whyNot(Step.RECORD_JOB_START))
                .contains("A job start can be recorded only after a trial arm is allocated");
    }

    @Test
    void aJobStartIsRecordedInTheControlArm() {
        assertThat(inArm(TrialArm.CONTROL).whyNot(Step.RECORD_JOB_START)).isEmpty();
    }

    @Test
    void aJobStartIsRecordedInTheTreatmentArm() {
        assertThat(inArm(TrialArm.TREATMENT).whyNot(Step.RECORD_JOB_START)).isEmpty();
    }

    @Test
    void aJobStartPutsTheParticipantInWork() {
        assertThat(inWork().stage()).isEqualTo(Stage.IN_WORK);
        assertThat(inWork().currentJobs()).extracting(Job::description).containsExactly("Cook, Café Rouge");
    }

    @Test
    void noJobSustainmentCheckIsRecordedWithoutAJob() {
        assertThat(inArm(TrialArm.TREATMENT).whyNot(Step.RECORD_JOB_SUSTAINMENT_CHECK)).contains(NO_CHECK_OUTSTANDING);
    }

    @Test
    void aJobSustainmentCheckIsRecordedOnACurrentJob() {
        assertThat(inWork().whyNot(Step.RECORD_JOB_SUSTAINMENT_CHECK)).isEmpty();
    }

    @Test
    void noJobSustainmentCheckIsLeftAfterTheTwentySixWeekCheck() {
        assertThat(inWork().apply(jobChecked("j1", 26, JOB_START.plusWeeks(26)))
                .whyNot(Step.RECORD_JOB_SUSTAINMENT_CHECK)).contains(NO_CHECK_OUTSTANDING);
    }

    @Test
    void noJobSustainmentCheckIsRecordedOnAJobThatHasEnded() {
        assertThat(inWork().apply(jobEnded("j1", JOB_START.plusWeeks(4)))
                .whyNot(Step.RECORD_JOB_SUSTAINMENT_CHECK)).contains(NO_CHECK_OUTSTANDING);
    }

    @Test
    void aCurrentJobCanBeEnded() {
        assertThat(inWork().whyNot(Step.END_JOB)).isEmpty();
    }

    @Test
    void noJobCanBeEndedBeforeOneIsRecorded() {
        assertThat(inArm(TrialArm.TREATMENT).whyNot(Step.END_JOB)).contains("There is no current job to end");
    }

    @Test
    void anEndedJobCannotBeEndedAgain() {
        assertThat(inWork().apply(jobEnded("j1", JOB_START.plusWeeks(4))).whyNot(Step.END_JOB))
                .contains("There is no current job to end");
    }

    @Test
    void endingTheOnlyJobPutsTheParticipantBackToLookingForWork() {
        ThriveIntoWorkProgress progress = inWork().apply(jobEnded("j1", JOB_START.plusWeeks(4)));

        assertThat(progress.stage()).isEqualTo(Stage.LOOKING_FOR_WORK);
        assertThat(progress.job("j1")).get().extracting(Job::endedOn).isEqualTo(JOB_START.plusWeeks(4));
    }

    @Test
    void noJobStartCanBeCorrectedBeforeAJobIsRecorded() {
        assertThat(inArm(TrialArm.TREATMENT).whyNot(Step.CORRECT_JOB_START))
                .contains("No job has been recorded, so there is none to correct");
    }

    @Test
    void aCurrentJobsStartCanBeCorrected() {
        assertThat(inWork().whyNot(Step.CORRECT_JOB_START)).isEmpty();
    }

    @Test
    void anEndedJobsStartCanStillBeCorrected() {
        assertThat(inWork().apply(jobEnded("j1", JOB_START.plusWeeks(4))).whyNot(Step.CORRECT_JOB_START)).isEmpty();
    }

    @Test
    void aCorrectionOfAJobNotRecordedChangesNothing() {
        assertThat(inWork().apply(jobStartCorrected("j9", JOB_START))).isEqualTo(inWork());
    }

    @Test
    void aStepOfAnotherPathwayIsNotItsToAnswer() {
        assertThatThrownBy(() -> inWork().whyNot(Step.RECORD_MOVE_ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECORD_MOVE_ON is not a Thrive into Work step");
    }

    // What is due

    @Test
    void aFirstFaceToFaceEmployerContactIsDueWithinThirtyDaysOfTheAllocationInTheTreatmentArm() {
        assertThat(inArm(TrialArm.TREATMENT).due()).containsExactly(new DueItem(DueItem.Kind.FIRST_EMPLOYER_CONTACT,
                ALLOCATED.plusDays(30), null, Step.RECORD_EMPLOYER_CONTACT,
                "First face-to-face employer contact (within 30 days of enrolment)"));
    }

    @Test
    void noEmployerContactIsDueInTheControlArm() {
        assertThat(inArm(TrialArm.CONTROL).due()).isEmpty();
    }

    @Test
    void noEmployerContactIsDueBeforeTheTrialArmIsAllocated() {
        assertThat(enrolled().due()).isEmpty();
    }

    @Test
    void aFaceToFaceEmployerContactClearsTheFirstEmployerContactDue() {
        assertThat(inArm(TrialArm.TREATMENT, employerContact(true, ENROLLED.plusDays(12))).due()).isEmpty();
    }

    @Test
    void aPhoneEmployerContactDoesNotClearTheFirstEmployerContactDue() {
        assertThat(inArm(TrialArm.TREATMENT, employerContact(false, ENROLLED.plusDays(12))).due())
                .extracting(DueItem::kind).containsExactly(DueItem.Kind.FIRST_EMPLOYER_CONTACT);
    }

    @Test
    void jobChecksAreDueThirteenAndTwentySixWeeksAfterTheJobStarts() {
        assertThat(inWork().due()).containsExactly(
                new DueItem(DueItem.Kind.JOB_SUSTAINMENT_CHECK, JOB_START.plusWeeks(13), "j1",
                        Step.RECORD_JOB_SUSTAINMENT_CHECK, "13-week job sustainment check: Cook, Café Rouge"),
                new DueItem(DueItem.Kind.JOB_SUSTAINMENT_CHECK, JOB_START.plusWeeks(26), "j1",
                        Step.RECORD_JOB_SUSTAINMENT_CHECK, "26-week job sustainment check: Cook, Café Rouge"));
    }

    @Test
    void theThirteenWeekCheckLeavesTheTwentySixWeekCheckOutstanding() {
        assertThat(inWork().apply(jobChecked("j1", 13, JOB_START.plusWeeks(13))).due())
                .extracting(DueItem::dueOn).containsExactly(JOB_START.plusWeeks(26));
    }

    @Test
    void noJobCheckIsDueForAJobThatHasEnded() {
        assertThat(inWork().apply(jobEnded("j1", JOB_START.plusWeeks(4))).due()).isEmpty();
    }

    @Test
    void aCorrectedJobStartMovesItsChecks() {
        LocalDate correctedStart = JOB_START.minusDays(7);
        ThriveIntoWorkProgress progress = inWork().apply(jobStartCorrected("j1", correctedStart));

        assertThat(progress.due()).extracting(DueItem::dueOn)
                .containsExactly(correctedStart.plusWeeks(13), correctedStart.plusWeeks(26));
        assertThat(progress.job("j1")).get().extracting(Job::hoursPerWeek)
                .isEqualTo(BigDecimal.valueOf(20));
    }

    @Test
    void eachCurrentJobHasItsOwnChecks() {
        LocalDate secondStart = JOB_START.plusWeeks(2);
        ThriveIntoWorkProgress progress = inWork().apply(jobStarted("j2", secondStart));

        assertThat(progress.due()).extracting(DueItem::reference, DueItem::dueOn).containsExactly(
                tuple("j1", JOB_START.plusWeeks(13)),
                tuple("j1", JOB_START.plusWeeks(26)),
                tuple("j2", secondStart.plusWeeks(13)),
                tuple("j2", secondStart.plusWeeks(26)));
    }
}
