package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.NewId;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.DeclineReason;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.StaleEnrolmentVersionException;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;

import java.time.LocalDate;

import static org.hamcrest.Matchers.allOf;
import static uk.wmpathways.caseservice.RecordedId.recordedId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Steps of every pathway (workers, transfers, contacts, closing and re-opening) and how any step is decided. */
class EnrolmentStepsTest extends EnrolmentFixtureTest {

    static final LocalDate CLOSED_ON = STARTED.plusMonths(5);

    static LogContact contact(ContactType type, int minutes, String note, LocalDate on) {
        return new LogContact(ID, type, minutes, note, on, null, null, BY);
    }

    static TransferEnrolment transfer(String to, String worker, String reason) {
        return new TransferEnrolment(ID, to, worker, reason, TODAY, null, null, BY);
    }

    // --- Assigning a worker

    @Test
    void anotherWorkerOfTheOrganisationIsAssigned() {
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, " caseworker2 ", TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new WorkerAssigned(ID, "caseworker2", WORKER, TODAY, null, BY, NOW));
    }

    @Test
    void aWorkerOfNoParticularOrganisationCanBeAssigned() {
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, "floating", TODAY, null, null, BY))
                .expectEvents(new WorkerAssigned(ID, "floating", WORKER, TODAY, null, BY, NOW));
    }

    @Test
    void assigningTheWorkerAlreadyAssignedRecordsNothing() {
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, WORKER, TODAY, null, null, BY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectNoEvents();
    }

    @Test
    void theWorkerMustBeAnEnabledCaseworkerOfTheEnrolmentsOrganisation() {
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, "outreach", TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("worker", "Worker does not work for this enrolment's provider organisation")));
        setUpFixture();
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, "manager", TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("worker", "Worker must be the username of an enabled caseworker account")));
        setUpFixture();
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, null, null, null, null, BY))
                .expectException(withProblems(
                        problem("worker", "Worker is required"),
                        problem("assignedOn", "Assignment date is required")));
    }

    // --- Transfer

    @Test
    void anEnrolmentIsTransferredToAnotherOrganisationWithAWorkerThere() {
        fixture.given(referredToHousingFirst())
                .when(transfer("STREET-OUTREACH", "outreach", " Moved to Coventry "))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new EnrolmentTransferred(ID, ORGANISATION, "STREET-OUTREACH", "outreach",
                        "Moved to Coventry", TODAY, null, BY, NOW));
    }

    @Test
    void anEnrolmentTransferredWithoutAWorkerIsUnassigned() {
        fixture.given(referredToHousingFirst())
                .when(transfer("HOMES-FIRST", null, "Specialist provider"))
                .expectEvents(new EnrolmentTransferred(ID, ORGANISATION, "HOMES-FIRST", null,
                        "Specialist provider", TODAY, null, BY, NOW));
    }

    @Test
    void aTransferGoesToAnotherKnownOrganisation() {
        fixture.given(referredToHousingFirst())
                .when(transfer(ORGANISATION, null, "No change"))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("toOrganisation", "The enrolment is already with this organisation")));
        setUpFixture();
        fixture.given(referredToHousingFirst())
                .when(transfer("NOWHERE", null, "Somewhere"))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("toOrganisation", "Organisation to transfer to is not one of the known organisations")));
    }

    @Test
    void theWorkerTakingOnATransferWorksForTheNewOrganisation() {
        fixture.given(referredToHousingFirst())
                .when(transfer("STREET-OUTREACH", "caseworker2", "Moved"))
                .expectNoEvents()
                .expectException(withProblems(problem("worker",
                        "Worker does not work for the organisation the enrolment is transferred to")));
    }

    @Test
    void aTransferNeedsAnOrganisationAndAReason() {
        fixture.given(referredToHousingFirst())
                .when(transfer(null, null, " "))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("toOrganisation", "Organisation to transfer to is required"),
                        problem("reason", "Reason for the transfer is required")));
    }

    // --- Contacts

    @Test
    void aContactIsLoggedWithANewContactId() {
        NewId contactId = new NewId();
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.FACE_TO_FACE, 45, " Talked about the flat ", TODAY))
                .expectResultMessagePayloadMatching(contactId)
                .expectEvents(new ContactLogged(ID, contactId.value(), ContactType.FACE_TO_FACE, 45,
                        "Talked about the flat", TODAY, null, BY, NOW));
    }

    @Test
    void aContactNoteIsOptional() {
        NewId contactId = new NewId();
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.ATTEMPTED, 1, "  ", TODAY))
                .expectResultMessagePayloadMatching(contactId)
                .expectEvents(new ContactLogged(ID, contactId.value(), ContactType.ATTEMPTED, 1, null, TODAY, null,
                        BY, NOW));
    }

    @Test
    void aContactLastsOneToSixHundredMinutes() {
        for (int minutes : new int[] {0, 601}) {
            setUpFixture();
            fixture.given(referredToHousingFirst())
                    .when(contact(ContactType.PHONE, minutes, null, TODAY))
                    .expectNoEvents()
                    .expectException(withProblems(problem("durationMinutes", "Duration must be from 1 to 600 minutes")));
        }
        setUpFixture();
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.PHONE, 600, "n".repeat(2000), TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aContactNeedsATypeADateAndANoteOfAtMost2000Characters() {
        fixture.given(referredToHousingFirst())
                .when(contact(null, 30, "n".repeat(2001), null))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("type", "Contact type is required"),
                        problem("note", "Note must be at most 2000 characters"),
                        problem("contactedOn", "Contact date is required")));
    }

    @Test
    void rejectionMessagesDoNotRepeatWhatWasTyped() {
        String note = "Disclosed a relapse at Flat 3, 12 Elm Road. ".repeat(50);
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.VIDEO, 30, note, TODAY))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(allOf(containsString("note"), not(containsString("relapse")),
                        not(containsString("Elm Road"))));
    }

    // --- Dates of any step

    @Test
    void aStepCannotBeDatedInTheFuture() {
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.PHONE, 10, null, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(problem("contactedOn", "Contact date cannot be in the future")));
    }

    @Test
    void aStepCannotBeDatedBeforeTheReferral() {
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.PHONE, 10, null, STARTED.minusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(problem("contactedOn", "Contact date cannot be before the referral date")));
    }

    @Test
    void aStepOnTheReferralDateAndOneTodayAreAccepted() {
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.PHONE, 10, null, STARTED))
                .expectSuccessfulHandlerExecution();
        setUpFixture();
        fixture.given(referredToHousingFirst())
                .when(contact(ContactType.PHONE, 10, null, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    // --- Closing

    @Test
    void aHousingFirstEnrolmentClosesWithAReasonAndADestination() {
        fixture.given(housed(STARTED.plusMonths(1)))
                .when(new CloseEnrolment(ID, ExitReason.SUPPORT_COMPLETED, ExitDestination.SOCIAL_RENTED_TENANCY,
                        TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new EnrolmentClosed(ID, ExitReason.SUPPORT_COMPLETED,
                        ExitDestination.SOCIAL_RENTED_TENANCY, TODAY, null, BY, NOW));
    }

    @Test
    void housingFirstAndRoughSleepingClosuresNeedADestination() {
        fixture.given(referredToHousingFirst())
                .when(new CloseEnrolment(ID, null, null, STARTED.minusDays(1), null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("reason", "Reason for closing is required"),
                        problem("destination", "Destination is required when closing a Housing First enrolment"),
                        problem("closedOn", "Closing date cannot be before the referral date")));
        setUpFixture();
        caller = TestCallers.caseworker(BY, "STREET-OUTREACH");
        fixture.given(outreachContactMade())
                .when(new CloseEnrolment(ID, ExitReason.DISENGAGED, null, TODAY, null, null, BY))
                .expectException(withProblems(problem("destination",
                        "Destination is required when closing a Rough Sleeping Initiative enrolment")));
    }

    @Test
    void aThriveIntoWorkClosureHasNoDestination() {
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(new CloseEnrolment(ID, ExitReason.SUSTAINED_EMPLOYMENT, ExitDestination.OTHER, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(problem("destination", "A Thrive into Work closure has no destination")));
        setUpFixture();
        fixture.given(inTrialArm(TrialArm.TREATMENT))
                .when(new CloseEnrolment(ID, ExitReason.SUSTAINED_EMPLOYMENT, null, TODAY, null, null, BY))
                .expectEvents(new EnrolmentClosed(ID, ExitReason.SUSTAINED_EMPLOYMENT, null, TODAY, null, BY, NOW));
    }

    @Test
    void aClosedEnrolmentTakesNoNewStep() {
        fixture.given(referredToHousingFirst(), closed(ExitReason.WITHDREW, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(contact(ContactType.PHONE, 10, null, TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("This enrolment is closed; re-open it to record anything new");
        setUpFixture();
        fixture.given(referredToHousingFirst(), closed(ExitReason.WITHDREW, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(new CloseEnrolment(ID, ExitReason.OTHER, ExitDestination.OTHER, TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class);
    }

    @Test
    void aStepNotAllowedWithFieldsInErrorIsAnInputProblemFirst() {
        fixture.given(referredToHousingFirst(), closed(ExitReason.WITHDREW, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(contact(ContactType.PHONE, 0, null, TODAY))
                .expectNoEvents()
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aStepNotAllowedIsRefusedBeforeItsFieldsAreComparedWithTheRecord() {
        // The end date is before the tenancy started, but the tenancy has ended already: the state says why.
        fixture.given(referredToHousingFirst(), accepted(),
                        new TenancyStarted(ID, "t-1", "4 Elm Road", LandlordType.SOCIAL, TODAY, null, BY, EARLIER),
                        new TenancyEnded(ID, "t-1", TenancyEndReason.EVICTION, TODAY, null, BY, EARLIER))
                .when(new EndTenancy(ID, "t-1",
                        TenancyEndReason.EVICTION, STARTED, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class);
    }

    // --- Re-opening

    @Test
    void aClosedEnrolmentIsReopenedAndTakesStepsAgain() {
        fixture.given(referredToHousingFirst(), closed(ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(new ReopenEnrolment(ID, " Back in touch ", TODAY, null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new EnrolmentReopened(ID, "Back in touch", TODAY, null, BY, NOW));
        setUpFixture();
        fixture.given(referredToHousingFirst(), closed(ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, CLOSED_ON),
                        new EnrolmentReopened(ID, "Back in touch", TODAY, null, BY, EARLIER))
                .when(contact(ContactType.PHONE, 10, null, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDeclinedReferralReopenedIsAssessedAgain() {
        fixture.given(referredToHousingFirst(),
                        new HousingFirstEligibilityAssessed(ID, false,
                                DeclineReason.DECLINED_BY_PERSON,
                                STARTED.plusDays(3), null, BY, EARLIER),
                        closed(ExitReason.NOT_ELIGIBLE, ExitDestination.NOT_KNOWN, STARTED.plusDays(3)),
                        new EnrolmentReopened(ID, "Changed their mind", STARTED.plusDays(20), null, BY, EARLIER))
                .when(new AssessHousingFirstEligibility(ID, true, null, TODAY,
                        null, null, BY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAClosedEnrolmentIsReopened() {
        fixture.given(referredToHousingFirst())
                .when(new ReopenEnrolment(ID, "Why not", TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("Only a closed enrolment can be re-opened");
    }

    @Test
    void aReopeningCannotBeDatedBeforeTheClosure() {
        fixture.given(referredToHousingFirst(), closed(ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(new ReopenEnrolment(ID, "Back in touch", CLOSED_ON.minusDays(1), null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("reopenedOn", "Re-opening date cannot be before the enrolment was closed")));
    }

    @Test
    void aReopeningNeedsAReasonOfAtMost500Characters() {
        fixture.given(referredToHousingFirst(), closed(ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(new ReopenEnrolment(ID, "r".repeat(501), TODAY, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(problem("reason", "Reason for re-opening must be at most 500 characters")));
        setUpFixture();
        fixture.given(referredToHousingFirst(), closed(ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, CLOSED_ON))
                .when(new ReopenEnrolment(ID, null, TODAY, null, null, BY))
                .expectException(withProblems(problem("reason", "Reason for re-opening is required")));
    }

    // --- Retries and versions

    @Test
    void aRetriedRequestRecordsNothingAndAnswersTheSameId() {
        fixture.given(referredToHousingFirst(), accepted(),
                        new TenancyStarted(ID, "t-1", "4 Elm Road",
                                LandlordType.SOCIAL, TODAY, "r-7", BY, EARLIER))
                .when(new StartTenancy(ID, "4 Elm Road", LandlordType.SOCIAL, TODAY, "r-7", null, BY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(recordedId("t-1"))
                .expectNoEvents();
    }

    @Test
    void aRetryIsAnsweredEvenWhenTheEnrolmentHasMovedOnSince() {
        // The first attempt's answer was lost; the enrolment has changed since, and the retry still carries the
        // version the client saw then.
        fixture.given(referredToHousingFirst(),
                        new ContactLogged(ID, "c-1", ContactType.PHONE, 10, null, TODAY, "r-8", BY, EARLIER),
                        new ContactLogged(ID, "c-2", ContactType.PHONE, 10, null, TODAY, null, BY, EARLIER))
                .when(new LogContact(ID, ContactType.PHONE, 10, null, TODAY, "r-8", 0L, BY))
                .expectResultMessagePayloadMatching(recordedId("c-1"))
                .expectNoEvents();
    }

    @Test
    void aRetryOfADeclineDoesNotCloseTwice() {
        fixture.given(referredToHousingFirst(),
                        new HousingFirstEligibilityAssessed(ID, false,
                                DeclineReason.OUT_OF_AREA, TODAY, "r-2", BY, EARLIER),
                        new EnrolmentClosed(ID, ExitReason.NOT_ELIGIBLE, ExitDestination.NOT_KNOWN, TODAY, "r-2", BY, EARLIER))
                .when(new AssessHousingFirstEligibility(ID, false,
                        DeclineReason.OUT_OF_AREA, TODAY, "r-2", null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectNoEvents();
    }

    @Test
    void aStepOnAStaleVersionIsRefused() {
        fixture.given(referredToHousingFirst(), accepted())
                .when(new LogContact(ID, ContactType.PHONE, 10, null, TODAY, null, 0L, BY))
                .expectNoEvents()
                .expectException(StaleEnrolmentVersionException.class)
                .expectExceptionMessage("The enrolment has changed since you read it (version 1, you had 0); "
                        + "reload it and try again");
    }

    @Test
    void aStepOnTheCurrentVersionIsRecorded() {
        NewId contactId = new NewId();
        fixture.given(referredToHousingFirst(), accepted())
                .when(new LogContact(ID, ContactType.PHONE, 10, null, TODAY, null, 1L, BY))
                .expectResultMessagePayloadMatching(contactId)
                .expectEvents(new ContactLogged(ID, contactId.value(), ContactType.PHONE, 10, null, TODAY, null, BY, NOW));
    }
}
