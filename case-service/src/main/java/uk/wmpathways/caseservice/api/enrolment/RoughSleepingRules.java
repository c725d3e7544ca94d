package uk.wmpathways.caseservice.api.enrolment;

import java.util.Optional;

/** The field rules of the Rough Sleeping Initiative steps, shared by the aggregate, the REST API and the forms. */
public final class RoughSleepingRules {

    private RoughSleepingRules() {
    }

    /** Where outreach made contact, or where the person was seen sleeping rough again. */
    public static Optional<String> location(String location) {
        return StepRules.text("Location", location, StepRules.MAX_TEXT_LENGTH);
    }

    public static Optional<String> accommodationName(String name) {
        return StepRules.text("Accommodation name", name, StepRules.MAX_TEXT_LENGTH);
    }

    /** Where the person moved on to. */
    public static Optional<String> destination(String destination) {
        return StepRules.text("Destination", destination, StepRules.MAX_TEXT_LENGTH);
    }

    /** The first outreach contact's fields, those every start has included. */
    public static void outreachContact(RecordOutreachContact command, StepProblems problems) {
        StepRules.start(command, Pathway.ROUGH_SLEEPING_INITIATIVE, problems);
        problems.stepDate("contactedOn", command.contactedOn(), "Contact date")
                .check("location", location(command.location()));
    }

    public static void placement(PlaceInEmergencyAccommodation command, StepProblems problems) {
        problems.required("accommodationType", command.accommodationType(), "Accommodation type")
                .check("accommodationName", accommodationName(command.accommodationName()))
                .stepDate("placedOn", command.placedOn(), "Placement date");
    }

    public static void moveOn(RecordMoveOn command, StepProblems problems) {
        problems.required("kind", command.kind(), "Kind of move-on")
                .check("destination", destination(command.destination()))
                .stepDate("movedOn", command.movedOn(), "Move-on date");
    }

    public static void returnToRoughSleeping(RecordReturnToRoughSleeping command, StepProblems problems) {
        problems.stepDate("seenOn", command.seenOn(), "Date seen")
                .check("location", location(command.location()));
    }
}
