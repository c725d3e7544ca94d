package uk.wmpathways.reporting.casework;

import uk.wmpathways.caseservice.api.enrolment.EventCases;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.reporting.casework.TimelineText.Context;
import uk.wmpathways.reporting.casework.TimelineText.Line;

import static uk.wmpathways.reporting.casework.TimelineText.inBrackets;

/** The timeline's words for the Housing First events. */
final class HousingFirstTimeline {

    private HousingFirstTimeline() {
    }

    static void teach(EventCases<Context, Line> lines) {
        lines.on(ReferredToHousingFirst.class, (about, e) ->
                        new Line(e.referredOn(), "Referred to Housing First by " + e.source().label()))
                .on(HousingFirstEligibilityAssessed.class, (about, e) -> new Line(e.assessedOn(), e.accepted()
                        ? "Eligibility assessed: accepted"
                        : "Eligibility assessed: declined"
                        + inBrackets(e.declineReason() == null ? null : e.declineReason().label())))
                .on(TenancyStarted.class, (about, e) -> new Line(e.startedOn(),
                        "Tenancy started at " + e.property() + inBrackets(e.landlordType().label())))
                .on(TenancySustainmentChecked.class, (about, e) -> new Line(e.checkedOn(),
                        e.monthsAfterStart() + "-month tenancy sustainment check recorded: tenancy still running"))
                .on(TenancyEnded.class, (about, e) -> new Line(e.endedOn(), "Tenancy ended: " + e.reason().label()));
    }
}
