package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.NewId;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;

import java.math.BigDecimal;
import java.time.LocalDate;

import static uk.wmpathways.caseservice.RecordedId.recordedId;

/**
 * Thrive into Work: referral -> eligibility and consent -> trial arm -> (IPS: profile, employer contacts)
 * -> job start -> sustainment checks -> job end. Job outcomes are recorded in both arms.
 */
class ThriveIntoWorkEnrolmentTest extends EnrolmentFixtureTest {

    static final LocalDate JOB_START = LocalDate.of(2025, 6, 2);

    static ReferToThriveIntoWork referral(String odsCode, ThriveIntoWorkReferralSource source) {
        return new ReferToThriveIntoWork(ID, PARTICIPANT, ORGANISATION, LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_EXPANSION, null, source, odsCode, TODAY, "r-1", BY);
    }

    static RecordJobStart jobStart(String employer, String title, JobSector sector, String hours, String pay) {
        return new RecordJobStart(ID, employer, title, sector, hours == null ? null : new BigDecimal(hours),
                pay == null ? null : new BigDecimal(pay), TODAY, null, null, BY);
    }

    static RecordJobSustainmentCheck jobCheck(String jobId, int weeks, LocalDate on) {
        return new RecordJobSustainmentCheck(ID, jobId, weeks, on, null, null, BY);
    }

    static AllocateTrialArm allocation(LocalDate on) {
        return new AllocateTrialArm(ID, on, "r-3", null, BY);
    }

    // --- Referral

    @Test
    void aReferralStartsTheEnrolmentWithTheReferrersOdsCodeInCapitals() {
        fixture.givenNoPriorActivity()
                .when(referral(" m88006 ", ThriveIntoWorkReferralSource.GP))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new ReferredToThriveIntoWork(ID, PARTICIPANT, ORGANISATION, LocalAuthority.DUDLEY,
                        FundingStream.THRIVE_INTO_WORK_EXPANSION, null, ThriveIntoWorkReferralSource.GP, "M88006",
                        TODAY, "r-1", BY, NOW));
    }

    @Test
    void aSelfReferralHasNoOdsCode() {
        fixture.givenNoPriorActivity()
                .when(referral(null, ThriveIntoWorkReferralSource.SELF))
                .expectEvents(new ReferredToThriveIntoWork(ID, PARTICIPANT, ORGANISATION, LocalAuthority.DUDLEY,
                        FundingStream.THRIVE_INTO_WORK_EXPANSION, null, ThriveIntoWorkReferralSource.SELF, null,
                        TODAY, "r-1", BY, NOW));
    }

    @Test
    void anOdsCodeIsThreeToTenLettersOrDigitsAndTheSourceIsRequired() {
        fixture.givenNoPriorActivity()
                .when(referral("M8-006", null))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("source", "Referral source is required"),
                        problem("referrerOdsCode", "Referrer ODS code must be 3 to 10 letters or digits")));
        setUpFixture();
        fixture.givenNoPriorActivity()
                .when(referral("AB", ThriveIntoWorkReferralSource.GP))
                .expectException(withProblems(
                        problem("referrerOdsCode", "Referrer ODS code must be 3 to 10 letters or digits")));
    }

    // --- Eligibility and consent

    @Test
    void anEligibleConsentingPersonIsEnrolled() {
        fixture.given(referredToThriveIntoWork())
                .when(new RecordEligibilityAndConsent(ID, true, true, TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new EligibilityAndConsentRecorded(ID, true, true, TODAY, null, BY, NOW));
    }

    @Test
    void anIneligiblePersonsEnrolmentIsClosedWithoutADestination() {
        fixture.given(referredToThriveIntoWork())
                .when(new RecordEligibilityAndConsent(ID, false, true, TODAY, "r-2", null, BY))
                .expectEvents(new EligibilityAndConsentRecorded(ID, false, true, TODAY, "r-2", BY, NOW),
                        new EnrolmentClosed(ID, ExitReason.NOT_ELIGIBLE, null, TODAY, "r-2", BY, NOW));
    }

    @Test
    void withoutConsentTheEnrolmentIsClosed() {
        fixture.given(referredToThriveIntoWork())
                .when(new RecordEligibilityAndConsent(ID, true, false, TODAY, null, null, BY))
                .expectEvents(new EligibilityAndConsentRecorded(ID, true, false, TODAY, null, BY, NOW),
                        new EnrolmentClosed(ID, ExitReason.CONSENT_NOT_GIVEN, null, TODAY, null, BY, NOW));
    }

    @Test
    void eligibilityAndConsentAreRecordedOnceWithADate() {
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(new RecordEligibilityAndConsent(ID, true, true, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("Eligibility and consent have already been recorded");
        setUpFixture();
        fixture.given(referredToThriveIntoWork())
                .when(new RecordEligibilityAndConsent(ID, true, true, null, null, null, BY))
                .expectException(withProblems(problem("recordedOn", "Date recorded is required")));
    }

    // --- Trial arm

    @Test
    void aDrawBelowTheThresholdAllocatesTheTreatmentArmAndRecordsTheDraw() {
        nextDraw = 4_999;
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(allocation(TODAY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new TrialArmAllocated(ID, TrialArm.TREATMENT, 4_999, 10_000, 5_000, TODAY, "r-3", BY, NOW));
    }

    @Test
    void aDrawAtOrAboveTheThresholdAllocatesTheControlArm() {
        nextDraw = 5_000;
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(allocation(TODAY))
                .expectEvents(new TrialArmAllocated(ID, TrialArm.CONTROL, 5_000, 10_000, 5_000, TODAY, "r-3", BY, NOW));
    }

    @Test
    void noAllocationBeforeEligibilityAndConsent() {
        fixture.given(referredToThriveIntoWork())
                .when(allocation(TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A trial arm is allocated only after eligibility and consent are recorded");
    }

    @Test
    void anAllocationIsPermanent() {
        fixture.given(inTrialArm(TrialArm.CONTROL))
                .when(allocation(TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("The trial arm has already been allocated; an allocation is permanent");
    }

    @Test
    void anAllocationCannotBeDatedBeforeConsent() {
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(allocation(enrolled().recordedOn().minusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(problem("allocatedOn",
                        "Allocation date cannot be before eligibility and consent were recorded")));
    }

    // --- IPS support: vocational profile and employer contacts

    @Test
    void theTreatmentArmCompletesAVocationalProfileOnce() {
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(new CompleteVocationalProfile(ID, TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new VocationalProfileCompleted(ID, TODAY, null, BY, NOW));
        setUpFixture();
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), new VocationalProfileCompleted(ID, TODAY, null, BY, EARLIER)))
                .when(new CompleteVocationalProfile(ID, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("The vocational profile is already completed");
    }

    @Test
    void theControlArmHasNoVocationalProfile() {
        fixture.given(inTrialArm(TrialArm.CONTROL))
                .when(new CompleteVocationalProfile(ID, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A vocational profile is part of IPS support; "
                        + "this participant is in the control arm (usual care)");
    }

    @Test
    void theTreatmentArmRecordsEmployerContacts() {
        NewId contactId = new NewId();
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(new RecordEmployerContact(ID, " Acme Ltd ", true, TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(contactId)
                .expectEvents(new EmployerContactMade(ID, contactId.value(), "Acme Ltd", true, TODAY, null, BY, NOW));
    }

    @Test
    void theControlArmCannotRecordEmployerContact() {
        fixture.given(inTrialArm(TrialArm.CONTROL))
                .when(new RecordEmployerContact(ID, "Acme Ltd", true, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("Employer contact is part of IPS support; "
                        + "this participant is in the control arm (usual care)");
    }

    @Test
    void anEmployerContactNeedsAnEmployerAndADate() {
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(new RecordEmployerContact(ID, "", false, null, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("employer", "Employer is required"),
                        problem("contactedOn", "Contact date is required")));
    }

    // --- Job start

    @Test
    void noJobStartWithoutATrialArm() {
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(jobStart("Acme Ltd", "Packer", JobSector.LOGISTICS, "16", "12.60"))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A job start can be recorded only after a trial arm is allocated");
    }

    @Test
    void theControlArmRecordsAJobStart() {
        NewId jobId = new NewId();
        fixture.given(inTrialArm(TrialArm.CONTROL))
                .when(jobStart(" Acme Ltd ", " Packer ", JobSector.LOGISTICS, "16", "12.60"))
                .expectResultMessagePayloadMatching(jobId)
                .expectEvents(new JobStarted(ID, jobId.value(), "Acme Ltd", "Packer", JobSector.LOGISTICS,
                        new BigDecimal("16"), new BigDecimal("12.60"), TODAY, null, BY, NOW));
    }

    @Test
    void theTreatmentArmRecordsAJobStart() {
        NewId jobId = new NewId();
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(jobStart("Care Co", "Support worker", JobSector.CARE, "80", "999.99"))
                .expectResultMessagePayloadMatching(jobId)
                .expectEvents(new JobStarted(ID, jobId.value(), "Care Co", "Support worker", JobSector.CARE,
                        new BigDecimal("80"), new BigDecimal("999.99"), TODAY, null, BY, NOW));
    }

    @Test
    void aJobStartNeedsAnEmployerATitleAndASector() {
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(jobStart(null, "t".repeat(201), null, "16", "12"))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("employer", "Employer is required"),
                        problem("jobTitle", "Job title must be at most 200 characters"),
                        problem("sector", "Sector is required")));
    }

    @Test
    void hoursAWeekAreMoreThanNoneAndAtMostEighty() {
        for (String hours : new String[] {"0", "80.5", "-1"}) {
            setUpFixture();
            fixture.given(inTrialArm(TrialArm.TREATMENT))
                    .when(jobStart("Acme Ltd", "Packer", JobSector.LOGISTICS, hours, "12"))
                    .expectNoEvents()
                    .expectException(withProblems(
                            problem("hoursPerWeek", "Hours a week must be more than 0 and at most 80")));
        }
        setUpFixture();
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(jobStart("Acme Ltd", "Packer", JobSector.LOGISTICS, null, null))
                .expectException(withProblems(
                        problem("hoursPerWeek", "Hours a week is required"),
                        problem("hourlyPay", "Hourly pay is required")));
    }

    @Test
    void hourlyPayIsMoreThanNothingAndLessThanAThousandPounds() {
        for (String pay : new String[] {"0", "1000", "-5"}) {
            setUpFixture();
            fixture.given(inTrialArm(TrialArm.TREATMENT))
                    .when(jobStart("Acme Ltd", "Packer", JobSector.LOGISTICS, "16", pay))
                    .expectNoEvents()
                    .expectException(withProblems(
                            problem("hourlyPay", "Hourly pay must be more than £0 and less than £1000")));
        }
    }

    @Test
    void hourlyPayIsInPoundsAndPenceAtMostTwoDecimalPlaces() {
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(jobStart("Acme Ltd", "Packer", JobSector.LOGISTICS, "16", "12.345"))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("hourlyPay", "Hourly pay is in pounds and pence: at most 2 decimal places")));
        for (String pay : new String[] {"12.34", "12.3", "12.340"}) {
            setUpFixture();
            NewId jobId = new NewId();
            fixture.given(inTrialArm(TrialArm.TREATMENT))
                    .when(jobStart("Acme Ltd", "Packer", JobSector.LOGISTICS, "16", pay))
                    .expectResultMessagePayloadMatching(jobId)
                    .expectEvents(new JobStarted(ID, jobId.value(), "Acme Ltd", "Packer", JobSector.LOGISTICS,
                            new BigDecimal("16"), new BigDecimal(pay), TODAY, null, BY, NOW));
        }
    }

    // --- Job sustainment checks

    @Test
    void aJobIsCheckedThirteenWeeksAfterItStarted() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(jobCheck("j-1", 13, JOB_START.plusWeeks(13)))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new JobSustainmentChecked(ID, "j-1", 13, JOB_START.plusWeeks(13), null, BY, NOW));
    }

    @Test
    void aJobCheckCannotBeRecordedBeforeItsCheckpoint() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START)))
                .when(jobCheck("j-1", 26, JOB_START.plusWeeks(26).minusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(problem("checkedOn",
                        "Check date cannot be before the checkpoint, 26 weeks after the job started")));
    }

    @Test
    void jobChecksAreAtThirteenAndTwentySixWeeks() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START)))
                .when(jobCheck("j-1", 12, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("weeksAfterStart", "Weeks after start must be one of 13, 26")));
    }

    @Test
    void aJobCheckAlreadyRecordedIsNotRecordedAgain() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START), jobStarted("j-2", JOB_START),
                        new JobSustainmentChecked(ID, "j-1", 26, JOB_START.plusWeeks(26), null, BY, EARLIER)))
                .when(jobCheck("j-1", 13, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("weeksAfterStart",
                        "Every sustainment check of this job has been recorded")));
    }

    @Test
    void anUnknownJobIsAProblemWithTheJobId() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START)))
                .when(jobCheck("j-404", 13, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("jobId", "No job with this id is recorded on this enrolment")));
    }

    @Test
    void anEndedJobIsNotChecked() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START), jobStarted("j-2", JOB_START),
                        new JobEnded(ID, "j-1", JobEndReason.RESIGNED, JOB_START.plusWeeks(2), null, BY, EARLIER)))
                .when(jobCheck("j-1", 13, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("jobId", "This job has ended")));
    }

    @Test
    void noJobCheckWithoutACurrentJob() {
        fixture.given(history(inTrialArm(TrialArm.TREATMENT), jobStarted("j-1", JOB_START),
                        new JobEnded(ID, "j-1", JobEndReason.RESIGNED, JOB_START.plusWeeks(2), null, BY, EARLIER)))
                .when(jobCheck("j-1", 13, TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("No current job has a sustainment check outstanding");
    }

    // --- Job end

    @Test
    void aJobEnds() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(new EndJob(ID, "j-1", JobEndReason.END_OF_CONTRACT, TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new JobEnded(ID, "j-1", JobEndReason.END_OF_CONTRACT, TODAY, null, BY, NOW));
    }

    @Test
    void aJobCannotEndBeforeItStarted() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(new EndJob(ID, "j-1", JobEndReason.DISMISSED, JOB_START.minusDays(1), null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(problem("endedOn", "Job end date cannot be before the job started")));
    }

    @Test
    void aJobEndNeedsAJobAReasonAndADate() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(new EndJob(ID, null, null, null, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("jobId", "Job is required"),
                        problem("reason", "Reason the job ended is required"),
                        problem("endedOn", "Job end date is required")));
        setUpFixture();
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START)))
                .when(new EndJob(ID, "j-9", JobEndReason.HEALTH, TODAY, null, null, BY))
                .expectException(withProblems(problem("jobId", "No job with this id is recorded on this enrolment")));
    }

    @Test
    void noJobEndWithoutACurrentJob() {
        fixture.given(history(inTrialArm(TrialArm.CONTROL), jobStarted("j-1", JOB_START),
                        new JobEnded(ID, "j-1", JobEndReason.RESIGNED, JOB_START.plusWeeks(2), null, BY, EARLIER)))
                .when(new EndJob(ID, "j-1", JobEndReason.RESIGNED, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("There is no current job to end");
    }
}
