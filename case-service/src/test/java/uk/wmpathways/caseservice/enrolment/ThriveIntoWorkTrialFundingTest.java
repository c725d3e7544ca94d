package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.NewId;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StepNeverAllowedException;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.RecordedId.recordedId;

/**
 * Who is randomised: only trial-funded (RCT) enrolments, once per person for life. Outside the trial (the
 * expansion stream) a consenting person is enrolled with IPS at once and has no arm.
 */
class ThriveIntoWorkTrialFundingTest extends EnrolmentFixtureTest {

    private static final String EARLIER_ENROLMENT = "e-0";

    static ReferredToThriveIntoWork referredToExpansion() {
        return new ReferredToThriveIntoWork(ID, PARTICIPANT, ORGANISATION, LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_EXPANSION, WORKER, ThriveIntoWorkReferralSource.GP, "M88006", STARTED,
                null, BY, EARLIER);
    }

    static AllocateTrialArm allocation() {
        return new AllocateTrialArm(ID, TODAY, "r-3", null, BY);
    }

    // --- Outside the trial

    @Test
    void outsideTheTrialAJobStartIsRecordedRightAfterConsent() {
        NewId jobId = new NewId();
        fixture.given(referredToExpansion(), enrolled())
                .when(new RecordJobStart(ID, "Acme Ltd", "Packer", JobSector.LOGISTICS, new BigDecimal("16"),
                        new BigDecimal("12.60"), TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(jobId)
                .expectEvents(new JobStarted(ID, jobId.value(), "Acme Ltd", "Packer", JobSector.LOGISTICS,
                        new BigDecimal("16"), new BigDecimal("12.60"), TODAY, null, BY, NOW));
    }

    @Test
    void outsideTheTrialIpsStepsAreRecordedRightAfterConsent() {
        fixture.given(referredToExpansion(), enrolled())
                .when(new CompleteVocationalProfile(ID, TODAY, null, null, BY))
                .expectEvents(new VocationalProfileCompleted(ID, TODAY, null, BY, NOW));
        setUpFixture();
        NewId contactId = new NewId();
        fixture.given(referredToExpansion(), enrolled())
                .when(new RecordEmployerContact(ID, "Acme Ltd", true, TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(contactId)
                .expectEvents(new EmployerContactMade(ID, contactId.value(), "Acme Ltd", true, TODAY, null, BY, NOW));
    }

    @Test
    void outsideTheTrialNoArmIsAllocatedNorDrawn() {
        fixture.given(referredToExpansion(), enrolled())
                .when(allocation())
                .expectNoEvents()
                .expectException(StepNeverAllowedException.class)
                .expectExceptionMessage("Only trial-funded enrolments are randomised: this enrolment is funded by "
                        + "the Thrive into Work expansion, so the person receives IPS support and has no trial arm");
        assertThat(draws).isZero();
        assertThat(trialArms.claims).isEmpty();
    }

    @Test
    void outsideTheTrialNoArmIsAllocatedBeforeConsentEither() {
        fixture.given(referredToExpansion())
                .when(allocation())
                .expectNoEvents()
                .expectException(StepNeverAllowedException.class);
        assertThat(draws).isZero();
    }

    // --- One arm for life

    @Test
    void aFirstTrialAllocationDrawsOnceAndClaimsTheArmForThePerson() {
        nextDraw = 100;
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(allocation())
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new TrialArmAllocated(ID, TrialArm.TREATMENT, 100, 10_000, 5_000, TODAY, "r-3", BY,
                        NOW));
        assertThat(draws).isEqualTo(1);
        assertThat(trialArms.claims.get(PARTICIPANT))
                .isEqualTo(new TrialArmRegistry.Claim(ID, new TrialArmRandomiser.Draw(100, 10_000, 5_000)));
    }

    @Test
    void aLaterTrialEnrolmentOfThePersonReusesTheirArmWithoutADraw() {
        trialArms.claims.put(PARTICIPANT, new TrialArmRegistry.Claim(EARLIER_ENROLMENT,
                new TrialArmRandomiser.Draw(9_000, 10_000, 5_000)));
        nextDraw = 1;
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(allocation())
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<StepResult>(
                        "a step result in the control arm") {
                    @Override
                    protected boolean matchesSafely(StepResult result) {
                        return result.trialArm() == TrialArm.CONTROL;
                    }
                })
                .expectEvents(TrialArmAllocated.reused(ID, TrialArm.CONTROL, EARLIER_ENROLMENT, TODAY, "r-3", BY,
                        NOW));
        assertThat(draws).as("the randomiser is not called").isZero();
    }

    /** The claim was made but the allocation's commit failed: the retry records the person's one draw. */
    @Test
    void anEnrolmentWhoseClaimWasNotRecordedRecordsThatDrawWithoutDrawingAgain() {
        trialArms.claims.put(PARTICIPANT, new TrialArmRegistry.Claim(ID,
                new TrialArmRandomiser.Draw(42, 10_000, 5_000)));
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(allocation())
                .expectEvents(new TrialArmAllocated(ID, TrialArm.TREATMENT, 42, 10_000, 5_000, TODAY, "r-3", BY,
                        NOW));
        assertThat(draws).isZero();
    }

    @Test
    void aTrialJobStartStillWaitsForTheArm() {
        fixture.given(referredToThriveIntoWork(), enrolled())
                .when(new RecordJobStart(ID, "Acme Ltd", "Packer", JobSector.LOGISTICS, new BigDecimal("16"),
                        new BigDecimal("12.60"), TODAY, null, null, BY))
                .expectNoEvents()
                .expectExceptionMessage("A job start can be recorded only after a trial arm is allocated");
    }
}
