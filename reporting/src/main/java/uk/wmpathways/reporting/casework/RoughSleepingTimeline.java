package uk.wmpathways.reporting.casework;

import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EventCases;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.reporting.casework.TimelineText.Context;
import uk.wmpathways.reporting.casework.TimelineText.Line;

import static uk.wmpathways.reporting.casework.TimelineText.at;
import static uk.wmpathways.reporting.casework.TimelineText.inBrackets;
import static uk.wmpathways.reporting.casework.TimelineText.isBlank;

/** The timeline's words for the Rough Sleeping Initiative events. */
final class RoughSleepingTimeline {

    private RoughSleepingTimeline() {
    }

    static void teach(EventCases<Context, Line> lines) {
        lines.on(OutreachContactMade.class, (about, e) -> new Line(e.contactedOn(), "Contact made by outreach"
                        + at(e.location())
                        + (e.verifiedRoughSleeper() ? " (verified rough sleeper)" : " (not verified as sleeping rough)")))
                .on(EmergencyAccommodationPlaced.class, (about, e) -> new Line(e.placedOn(),
                        "Placed in emergency accommodation: " + e.accommodationType().label()
                                + (isBlank(e.accommodationName()) ? "" : ", " + e.accommodationName())))
                .on(MovedOn.class, (about, e) -> new Line(e.movedOn(), "Moved on: " + e.kind().label()
                        + inBrackets(moveOnDetails(e))))
                .on(ReturnedToRoughSleeping.class, (about, e) ->
                        new Line(e.seenOn(), "Seen rough sleeping again" + at(e.location())));
    }

    private static String moveOnDetails(MovedOn e) {
        String details = isBlank(e.destination()) ? "" : e.destination();
        if (e.intendedToLastSixMonthsOrMore()) {
            details = details.isEmpty() ? "intended to last 6 months or more"
                    : details + ", intended to last 6 months or more";
        }
        return details;
    }
}
