package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;

import java.util.Set;

/** For EnrolmentEventCompletenessTest: the events the package-private outcome row has been taught. */
public final class OutcomeRowTaught {

    private OutcomeRowTaught() {
    }

    public static Set<Class<? extends EnrolmentEvent>> events() {
        return OutcomeRow.taught();
    }
}
