package uk.wmpathways.reporting.casework;

import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;

import java.util.Set;

/** For EnrolmentEventCompletenessTest: the events the package-private timeline text has been taught. */
public final class TimelineTextTaught {

    private TimelineTextTaught() {
    }

    public static Set<Class<? extends EnrolmentEvent>> events() {
        return TimelineText.taught();
    }
}
