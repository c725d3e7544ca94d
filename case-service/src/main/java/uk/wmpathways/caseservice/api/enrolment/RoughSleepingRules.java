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
}
