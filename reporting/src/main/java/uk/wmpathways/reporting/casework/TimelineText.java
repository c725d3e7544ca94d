package uk.wmpathways.reporting.casework;

import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.EventCases;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.caseservice.api.referral.ReferralAccepted;
import uk.wmpathways.caseservice.api.referral.ReferralDeclined;
import uk.wmpathways.caseservice.api.referral.ReferralEvent;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.referral.ReferralWithdrawn;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.time.UkTime;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What an enrolment event says, in the plain words of the participant's timeline ("Tenancy started at
 * 4 Elm Road (Social landlord)"), and the day it happened. Who recorded it and when are shown beside the text.
 * <p>
 * One case per event class: the life every enrolment shares here, each pathway's events in its own file
 * ({@link HousingFirstTimeline}, {@link RoughSleepingTimeline}, {@link ThriveIntoWorkTimeline}). An event without
 * a case fails loudly rather than showing its class name (EnrolmentEventCompletenessTest finds one before it
 * ships).
 */
final class TimelineText {

    /** The day a step happened and what happened. */
    record Line(LocalDate occurredOn, String text) {
    }

    /** What a case has to hand: the enrolment with the event folded in, and the words for workers and organisations. */
    record Context(EnrolmentState state, ProviderOrganisations organisations,
                   Function<String, String> displayNameOfWorker) {

        String worker(String username) {
            return displayNameOfWorker.apply(username);
        }
    }

    private static final EventCases<Context, Line> LINES = EventCases.<Context, Line>of()
            .on(WorkerAssigned.class, (about, e) -> new Line(e.assignedOn(), e.previousWorker() == null
                    ? "Assigned to " + about.worker(e.worker())
                    : "Reassigned from " + about.worker(e.previousWorker()) + " to " + about.worker(e.worker())))
            .on(EnrolmentTransferred.class, (about, e) -> new Line(e.transferredOn(), "Transferred from "
                    + about.organisations().nameOf(e.fromOrganisation())
                    + " to " + about.organisations().nameOf(e.toOrganisation())
                    + (isBlank(e.reason()) ? "" : ": " + e.reason())
                    + (e.worker() == null ? "" : "; taken on by " + about.worker(e.worker()))))
            .on(ContactLogged.class, (about, e) -> new Line(e.contactedOn(), e.type().label() + " contact, "
                    + e.durationMinutes() + (e.durationMinutes() == 1 ? " minute" : " minutes")
                    + (isBlank(e.note()) ? "" : ": " + e.note())))
            .on(EnrolmentClosed.class, (about, e) -> new Line(e.closedOn(), "Closed: " + e.reason().label()
                    + (e.destination() == null ? "" : " (destination: " + e.destination().label() + ")")))
            .on(EnrolmentReopened.class, (about, e) ->
                    new Line(e.reopenedOn(), "Re-opened" + (isBlank(e.reason()) ? "" : ": " + e.reason())));

    static {
        HousingFirstTimeline.teach(LINES);
        RoughSleepingTimeline.teach(LINES);
        ThriveIntoWorkTimeline.teach(LINES);
    }

    private final ProviderOrganisations organisations;
    private final Function<String, String> displayNameOfWorker;

    /** {@code displayNameOfWorker}: a worker's name for people from their username (the username when unknown). */
    TimelineText(ProviderOrganisations organisations, Function<String, String> displayNameOfWorker) {
        this.organisations = organisations;
        this.displayNameOfWorker = displayNameOfWorker;
    }

    /** {@code state} is the enrolment with the event folded in. */
    Line of(EnrolmentEvent event, EnrolmentState state) {
        return LINES.apply(new Context(state, organisations, displayNameOfWorker), event)
                .orElseThrow(() -> new IllegalStateException("The timeline has not been taught "
                        + event.getClass().getSimpleName() + "; give it a case in TimelineText or its pathway's"
                        + " timeline"));
    }

    /** What a referral event says about the person, and the day it happened; {@code referral} as it was made. */
    Line of(ReferralEvent event, ReferralDocument referral) {
        String to = organisations.nameOf(referral.toOrganisation());
        String text;
        if (event instanceof ReferralMade made) {
            text = "Referred by " + organisations.nameOf(made.fromOrganisation()) + " to " + to + " for "
                    + made.pathway().label() + (isBlank(made.reason()) ? "" : ": " + made.reason());
        } else if (event instanceof ReferralAccepted) {
            text = "Referral to " + to + " accepted: " + referral.pathway().label() + " enrolment started";
        } else if (event instanceof ReferralDeclined declined) {
            text = "Referral to " + to + " declined: " + declined.reason();
        } else if (event instanceof ReferralWithdrawn) {
            text = "Referral to " + to + " withdrawn by " + organisations.nameOf(referral.fromOrganisation());
        } else {
            throw new IllegalStateException("The timeline has not been taught " + event.getClass().getSimpleName());
        }
        return new Line(UkTime.dayOf(event.at()), text);
    }

    /** The events {@link #of} has a case for. */
    static Set<Class<? extends EnrolmentEvent>> taught() {
        return LINES.taught();
    }

    static String hours(BigDecimal hours) {
        String number = hours.stripTrailingZeros().toPlainString();
        return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    static String at(String place) {
        return isBlank(place) ? "" : " at " + place;
    }

    static String inBrackets(String text) {
        return isBlank(text) ? "" : " (" + text + ")";
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
