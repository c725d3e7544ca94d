package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.NewId;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.DeclineReason;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.UnknownReferenceException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static uk.wmpathways.caseservice.RecordedId.recordedId;

/** Housing First: referral -> eligibility -> tenancy -> sustainment checks -> tenancy ended. */
class HousingFirstEnrolmentTest extends EnrolmentFixtureTest {

    static final LocalDate TENANCY_START = LocalDate.of(2025, 3, 1);

    static ReferToHousingFirst referral(String worker, HousingFirstReferralSource source, LocalDate referredOn) {
        return new ReferToHousingFirst(ID, PARTICIPANT, ORGANISATION, LocalAuthority.BIRMINGHAM,
                FundingStream.HOUSING_FIRST_PILOT, worker, source, referredOn, "r-1", BY);
    }

    static AssessHousingFirstEligibility assessment(boolean accepted, DeclineReason reason, LocalDate on) {
        return new AssessHousingFirstEligibility(ID, accepted, reason, on, null, null, BY);
    }

    static StartTenancy startTenancy(String property, LandlordType landlordType, LocalDate on) {
        return new StartTenancy(ID, property, landlordType, on, null, null, BY);
    }

    static RecordTenancySustainmentCheck check(int months, LocalDate on) {
        return new RecordTenancySustainmentCheck(ID, "t-1", months, on, null, null, BY);
    }

    // --- Referral

    @Test
    void aReferralStartsTheEnrolment() {
        fixture.givenNoPriorActivity()
                .when(referral(" caseworker ", HousingFirstReferralSource.PRISON_OR_PROBATION, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new ReferredToHousingFirst(ID, PARTICIPANT, ORGANISATION, LocalAuthority.BIRMINGHAM,
                        FundingStream.HOUSING_FIRST_PILOT, "caseworker", HousingFirstReferralSource.PRISON_OR_PROBATION,
                        TODAY, "r-1", BY, NOW));
    }

    @Test
    void aReferralWithoutAWorkerLeavesTheEnrolmentUnassigned() {
        fixture.givenNoPriorActivity()
                .when(referral("  ", HousingFirstReferralSource.HOSTEL, TODAY))
                .expectEvents(new ReferredToHousingFirst(ID, PARTICIPANT, ORGANISATION, LocalAuthority.BIRMINGHAM,
                        FundingStream.HOUSING_FIRST_PILOT, null, HousingFirstReferralSource.HOSTEL, TODAY, "r-1", BY, NOW));
    }

    @Test
    void aReferralNeedsASourceAndADateNotInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(referral(WORKER, null, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectException(withProblems(
                        problem("source", "Referral source is required"),
                        problem("referredOn", "Referral date cannot be in the future")));
    }

    @Test
    void aReferralNeedsAKnownOrganisationALocalAuthorityAndAHousingFirstFundingStream() {
        fixture.givenNoPriorActivity()
                .when(new ReferToHousingFirst(ID, PARTICIPANT, "NO-SUCH-ORG", null,
                        FundingStream.THRIVE_INTO_WORK_TRIAL, null, HousingFirstReferralSource.OUTREACH, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("providerOrganisation", "Provider organisation is not one of the known organisations"),
                        problem("localAuthority", "Local authority is required"),
                        problem("fundingStream", "Funding stream must be one of Housing First: HOUSING_FIRST_PILOT"),
                        problem("referredOn", "Referral date is required")));
    }

    @Test
    void theWorkerAssignedAtReferralMustBeACaseworkerOfTheOrganisation() {
        fixture.givenNoPriorActivity()
                .when(referral("outreach", HousingFirstReferralSource.OUTREACH, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("assignedWorker", "Worker does not work for this organisation")));
        setUpFixture();
        fixture.givenNoPriorActivity()
                .when(referral("nobody", HousingFirstReferralSource.OUTREACH, TODAY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("assignedWorker", "Worker must be the username of an enabled caseworker account")));
    }

    // --- Eligibility

    @Test
    void anAcceptedReferralAwaitsATenancy() {
        fixture.given(referredToHousingFirst())
                .when(assessment(true, null, TODAY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new HousingFirstEligibilityAssessed(ID, true, null, TODAY, null, BY, NOW));
    }

    @Test
    void aDeclinedReferralClosesTheEnrolmentAsNotEligible() {
        fixture.given(referredToHousingFirst())
                .when(new AssessHousingFirstEligibility(ID, false, DeclineReason.OUT_OF_AREA, TODAY, "r-2", null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(
                        new HousingFirstEligibilityAssessed(ID, false, DeclineReason.OUT_OF_AREA, TODAY, "r-2", BY, NOW),
                        new EnrolmentClosed(ID, ExitReason.NOT_ELIGIBLE, ExitDestination.NOT_KNOWN, TODAY, "r-2", BY, NOW));
    }

    @Test
    void aDeclineNeedsAReasonAndAnAcceptanceHasNone() {
        fixture.given(referredToHousingFirst())
                .when(assessment(false, null, TODAY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("declineReason", "Decline reason is required when the referral is declined")));
        setUpFixture();
        fixture.given(referredToHousingFirst())
                .when(assessment(true, DeclineReason.OTHER, TODAY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("declineReason", "A decline reason is given only when the referral is declined")));
    }

    @Test
    void anAssessmentCannotBeDatedBeforeTheReferral() {
        fixture.given(referredToHousingFirst())
                .when(assessment(true, null, STARTED.minusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("assessedOn", "Assessment date cannot be before the referral date")));
    }

    @Test
    void eligibilityIsAssessedOnce() {
        fixture.given(referredToHousingFirst(), accepted())
                .when(assessment(true, null, TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("Eligibility has already been assessed");
    }

    // --- Tenancy

    @Test
    void noTenancyBeforeTheReferralIsAccepted() {
        fixture.given(referredToHousingFirst())
                .when(startTenancy("4 Elm Road", LandlordType.SOCIAL, TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A tenancy can start only after the Housing First referral is accepted");
    }

    @Test
    void aTenancyStartsWithANewTenancyId() {
        NewId tenancyId = new NewId();
        fixture.given(referredToHousingFirst(), accepted())
                .when(startTenancy(" 4 Elm Road ", LandlordType.PRIVATE_RENTED, TODAY))
                .expectResultMessagePayloadMatching(tenancyId)
                .expectEvents(new TenancyStarted(ID, tenancyId.value(), "4 Elm Road", LandlordType.PRIVATE_RENTED,
                        TODAY, null, BY, NOW));
    }

    @Test
    void aTenancyNeedsAPropertyOfAtMost200CharactersAndALandlordType() {
        fixture.given(referredToHousingFirst(), accepted())
                .when(startTenancy("x".repeat(201), null, TODAY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("property", "Property must be at most 200 characters"),
                        problem("landlordType", "Landlord type is required")));
        setUpFixture();
        fixture.given(referredToHousingFirst(), accepted())
                .when(startTenancy(" ", LandlordType.SOCIAL, TODAY))
                .expectException(withProblems(problem("property", "Property is required")));
    }

    @Test
    void oneTenancyRunsAtATime() {
        fixture.given(housed(TENANCY_START))
                .when(startTenancy("9 Oak Lane", LandlordType.SOCIAL, TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A tenancy is already running; end it before starting another");
    }

    @Test
    void aPersonIsReHousedAfterATenancyEnds() {
        NewId tenancyId = new NewId();
        fixture.given(history(housed(TENANCY_START),
                        new TenancyEnded(ID, "t-1", TenancyEndReason.EVICTION, TENANCY_START.plusMonths(3), null, BY, EARLIER)))
                .when(startTenancy("9 Oak Lane", LandlordType.SOCIAL, TODAY))
                .expectResultMessagePayloadMatching(tenancyId)
                .expectEvents(new TenancyStarted(ID, tenancyId.value(), "9 Oak Lane", LandlordType.SOCIAL, TODAY,
                        null, BY, NOW));
    }

    // --- Sustainment checks

    @Test
    void aSustainmentCheckIsRecordedOnceItsCheckpointIsReached() {
        fixture.given(housed(TENANCY_START))
                .when(check(6, TENANCY_START.plusMonths(6)))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new TenancySustainmentChecked(ID, "t-1", 6, TENANCY_START.plusMonths(6), null, BY, NOW));
    }

    @Test
    void aSustainmentCheckCannotBeRecordedBeforeItsCheckpoint() {
        fixture.given(housed(TENANCY_START))
                .when(check(12, TENANCY_START.plusMonths(12).minusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(problem("checkedOn",
                        "Check date cannot be before the checkpoint, 12 months after the tenancy started")));
    }

    @Test
    void sustainmentChecksAreAtSixTwelveAndTwentyFourMonths() {
        fixture.given(housed(TENANCY_START))
                .when(check(9, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("monthsAfterStart", "Months after start must be one of 6, 12, 24")));
    }

    @Test
    void aCheckEarlierThanOneRecordedIsNoLongerOutstanding() {
        fixture.given(history(housed(TENANCY_START),
                        new TenancySustainmentChecked(ID, "t-1", 12, TENANCY_START.plusMonths(12), null, BY, EARLIER)))
                .when(check(6, TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("monthsAfterStart",
                        "Months after start must be a check still outstanding for this tenancy: 24")));
    }

    @Test
    void noSustainmentCheckWithoutARunningTenancy() {
        fixture.given(history(housed(TENANCY_START),
                        new TenancyEnded(ID, "t-1", TenancyEndReason.EVICTION, TENANCY_START.plusMonths(3), null, BY, EARLIER)))
                .when(check(6, TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("There is no running tenancy to check");
    }

    // --- End of a tenancy

    @Test
    void aTenancyEnds() {
        fixture.given(housed(TENANCY_START))
                .when(new EndTenancy(ID, "t-1", TenancyEndReason.PLANNED_MOVE_ON, TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new TenancyEnded(ID, "t-1", TenancyEndReason.PLANNED_MOVE_ON, TODAY, null, BY, NOW));
    }

    @Test
    void aTenancyCannotEndBeforeItStarted() {
        fixture.given(housed(TENANCY_START))
                .when(new EndTenancy(ID, "t-1", TenancyEndReason.ABANDONMENT, TENANCY_START.minusDays(1), null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(problem("endedOn", "Tenancy end date cannot be before the tenancy started")));
    }

    @Test
    void aTenancyEndNeedsAReasonAndADate() {
        fixture.given(housed(TENANCY_START))
                .when(new EndTenancy(ID, "t-1", null, null, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("reason", "Reason the tenancy ended is required"),
                        problem("endedOn", "Tenancy end date is required")));
    }

    @Test
    void aStepAboutAnEarlierTenancyIsRefusedOnceAnotherHasStarted() {
        List<EnrolmentEvent> rehoused = new ArrayList<>(housed(TENANCY_START));
        rehoused.add(new TenancyEnded(ID, "t-1", TenancyEndReason.EVICTION, TENANCY_START.plusMonths(2), null, BY, NOW));
        rehoused.add(tenancyStarted("t-2", TENANCY_START.plusMonths(3)));
        fixture.given(rehoused)
                .when(new EndTenancy(ID, "t-1", TenancyEndReason.EVICTION, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("This tenancy has ended; only the running tenancy can be ended");
    }

    @Test
    void noTenancyEndWithoutARunningTenancy() {
        fixture.given(history(housed(TENANCY_START),
                        new TenancyEnded(ID, "t-1", TenancyEndReason.EVICTION, TENANCY_START.plusMonths(3), null, BY, EARLIER)))
                .when(new EndTenancy(ID, "t-1", TenancyEndReason.EVICTION, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("There is no running tenancy to end");
    }

    @Test
    void aTenancyTheEnrolmentNeverHadIsNotFoundBeforeAnythingElseIsAsked() {
        fixture.given(referredToHousingFirst())
                .when(new EndTenancy(ID, "t-9", TenancyEndReason.EVICTION, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(UnknownReferenceException.class)
                .expectExceptionMessage("tenancyId: This enrolment has no tenancy with this id");
    }

    // --- Other pathways' steps

    @Test
    void aHousingFirstEnrolmentTakesNoStepOfAnotherPathway() {
        fixture.given(referredToHousingFirst(), accepted())
                .when(new PlaceInEmergencyAccommodation(ID, EmergencyAccommodationType.HUB, "Hub", TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("\"Place in emergency accommodation\" belongs to Rough Sleeping Initiative; "
                        + "this is a Housing First enrolment");
    }
}
