package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.NewId;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;

import java.time.LocalDate;

import static uk.wmpathways.caseservice.RecordedId.recordedId;

/** Rough Sleeping Initiative: outreach contact -> emergency accommodation -> move-on, or a return to the streets. */
class RoughSleepingEnrolmentTest extends EnrolmentFixtureTest {

    /** The enrolments here are Street Outreach's (see {@link #outreachContactMade()}). */
    @BeforeEach
    void outreachRecords() {
        caller = TestCallers.caseworker(BY, "STREET-OUTREACH");
    }


    static final LocalDate PLACED = STARTED.plusDays(2);
    static final LocalDate MOVED = STARTED.plusMonths(2);

    static RecordOutreachContact contact(String location, LocalDate contactedOn) {
        return new RecordOutreachContact(ID, PARTICIPANT, "STREET-OUTREACH", LocalAuthority.COVENTRY,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, "outreach", contactedOn, location, true, "r-1", BY);
    }

    static PlaceInEmergencyAccommodation placement(EmergencyAccommodationType type, String name, LocalDate on) {
        return new PlaceInEmergencyAccommodation(ID, type, name, on, null, null, BY);
    }

    static RecordMoveOn moveOn(MoveOnKind kind, String destination, LocalDate on) {
        return new RecordMoveOn(ID, kind, destination, true, on, null, null, BY);
    }

    static EmergencyAccommodationPlaced placed() {
        return new EmergencyAccommodationPlaced(ID, "pl-1", EmergencyAccommodationType.NIGHT_SHELTER, "St Basil's",
                PLACED, null, BY, EARLIER);
    }

    static MovedOn movedOn() {
        return new MovedOn(ID, MoveOnKind.SETTLED_ACCOMMODATION, "Flat, Foleshill", true, MOVED, null, BY, EARLIER);
    }

    // --- First contact

    @Test
    void anOutreachContactStartsTheEnrolment() {
        fixture.givenNoPriorActivity()
                .when(contact(" Doorway, Broad Street ", TODAY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new OutreachContactMade(ID, PARTICIPANT, "STREET-OUTREACH", LocalAuthority.COVENTRY,
                        FundingStream.ROUGH_SLEEPING_INITIATIVE, "outreach", TODAY, "Doorway, Broad Street", true,
                        "r-1", BY, NOW));
    }

    @Test
    void anOutreachContactNeedsALocationOfAtMost200CharactersAndADateNotInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(contact("", TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("contactedOn", "Contact date cannot be in the future"),
                        problem("location", "Location is required")));
        setUpFixture();
        fixture.givenNoPriorActivity()
                .when(contact("y".repeat(201), TODAY))
                .expectNoEvents()
                .expectException(withProblems(problem("location", "Location must be at most 200 characters")));
    }

    @Test
    void anOutreachContactIsFundedByTheRoughSleepingInitiative() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutreachContact(ID, PARTICIPANT, "STREET-OUTREACH", LocalAuthority.COVENTRY,
                        FundingStream.HOUSING_FIRST_PILOT, null, TODAY, "Bus station", false, null, BY))
                .expectNoEvents()
                .expectException(withProblems(problem("fundingStream",
                        "Funding stream must be one of Rough Sleeping Initiative: ROUGH_SLEEPING_INITIATIVE")));
    }

    // --- Emergency accommodation

    @Test
    void aPersonIsPlacedInEmergencyAccommodation() {
        NewId placementId = new NewId();
        fixture.given(outreachContactMade())
                .when(placement(EmergencyAccommodationType.HUB, " Assessment hub ", TODAY))
                .expectResultMessagePayloadMatching(placementId)
                .expectEvents(new EmergencyAccommodationPlaced(ID, placementId.value(), EmergencyAccommodationType.HUB,
                        "Assessment hub", TODAY, null, BY, NOW));
    }

    @Test
    void aPlacementNeedsATypeANameAndADateNotBeforeTheFirstContact() {
        fixture.given(outreachContactMade())
                .when(placement(null, null, STARTED.minusDays(1)))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("accommodationType", "Accommodation type is required"),
                        problem("accommodationName", "Accommodation name is required"),
                        problem("placedOn", "Placement date cannot be before the date outreach first made contact")));
    }

    @Test
    void noNewPlacementAfterAMoveOnUntilAReturnToRoughSleeping() {
        fixture.given(outreachContactMade(), placed(), movedOn())
                .when(placement(EmergencyAccommodationType.HOSTEL, "Hostel", TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("The person has moved on; record a return to rough sleeping before a new placement");
    }

    // --- Move-on

    @Test
    void aPersonMovesOnToSettledAccommodation() {
        fixture.given(outreachContactMade(), placed())
                .when(moveOn(MoveOnKind.SETTLED_ACCOMMODATION, "Flat, Foleshill", TODAY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new MovedOn(ID, MoveOnKind.SETTLED_ACCOMMODATION, "Flat, Foleshill", true, TODAY,
                        null, BY, NOW));
    }

    @Test
    void aMoveOnNeedsAKindAndADestination() {
        fixture.given(outreachContactMade(), placed())
                .when(moveOn(null, " ", TODAY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("kind", "Kind of move-on is required"),
                        problem("destination", "Destination is required")));
    }

    @Test
    void aSecondMoveOnNeedsAReturnToRoughSleepingFirst() {
        fixture.given(outreachContactMade(), placed(), movedOn())
                .when(moveOn(MoveOnKind.RECONNECTION, "Family in Leeds", TODAY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A move-on is already recorded; record a return to rough sleeping before another move-on");
    }

    // --- Return to rough sleeping

    @Test
    void aReturnToRoughSleepingIsRecordedAfterAMoveOn() {
        fixture.given(outreachContactMade(), placed(), movedOn())
                .when(new RecordReturnToRoughSleeping(ID, TODAY, "Canal towpath", null, null, BY))
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectEvents(new ReturnedToRoughSleeping(ID, TODAY, "Canal towpath", null, BY, NOW));
    }

    @Test
    void aReturnToRoughSleepingIsRecordedAfterAPlacement() {
        fixture.given(outreachContactMade(), placed())
                .when(new RecordReturnToRoughSleeping(ID, TODAY, "Canal towpath", null, null, BY))
                .expectEvents(new ReturnedToRoughSleeping(ID, TODAY, "Canal towpath", null, BY, NOW));
    }

    @Test
    void aReturnToRoughSleepingCannotBeSeenBeforeTheMoveOn() {
        fixture.given(outreachContactMade(), placed(), movedOn())
                .when(new RecordReturnToRoughSleeping(ID, MOVED.minusDays(1), "Canal towpath", null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(problem("seenOn", "Date seen cannot be before the move-on")));
    }

    @Test
    void aReturnToRoughSleepingNeedsADateAndALocation() {
        fixture.given(outreachContactMade(), placed())
                .when(new RecordReturnToRoughSleeping(ID, null, null, null, null, BY))
                .expectNoEvents()
                .expectException(withProblems(
                        problem("seenOn", "Date seen is required"),
                        problem("location", "Location is required")));
    }

    @Test
    void noReturnToRoughSleepingBeforeAPlacementOrAMoveOn() {
        fixture.given(outreachContactMade())
                .when(new RecordReturnToRoughSleeping(ID, TODAY, "Canal towpath", null, null, BY))
                .expectNoEvents()
                .expectException(StepNotAllowedException.class)
                .expectExceptionMessage("A return to rough sleeping is recorded after a placement or a move-on");
    }

    @Test
    void aPersonWhoReturnedToRoughSleepingCanBePlacedAgain() {
        NewId placementId = new NewId();
        fixture.given(outreachContactMade(), placed(), movedOn(),
                        new ReturnedToRoughSleeping(ID, MOVED.plusDays(40), "Canal towpath", null, BY, EARLIER))
                .when(placement(EmergencyAccommodationType.BED_AND_BREAKFAST, "Station B&B", TODAY))
                .expectResultMessagePayloadMatching(placementId)
                .expectEvents(new EmergencyAccommodationPlaced(ID, placementId.value(),
                        EmergencyAccommodationType.BED_AND_BREAKFAST, "Station B&B", TODAY, null, BY, NOW));
    }
}
