package uk.wmpathways.gpreferrals.status;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The accepted referral's enrolment as the referrer may know it: when the service first worked with the person
 * ({@code activityAt}: Task "in-progress"), when each {@link Milestone} was reached, and when the enrolment closed
 * ({@code closedOn}: Task "completed"; null again once re-opened).
 */
public record Milestones(Instant activityAt, LocalDate seenOn, LocalDate startedWorkOn, LocalDate inWorkAt13WeeksOn,
                         LocalDate closedOn) {

    public static final Milestones NONE = new Milestones(null, null, null, null, null);

    /** The date {@code milestone} was reached, or null. */
    public LocalDate reachedOn(Milestone milestone) {
        return switch (milestone) {
            case SEEN_BY_EMPLOYMENT_SPECIALIST -> seenOn;
            case STARTED_WORK -> startedWorkOn;
            case IN_WORK_AT_13_WEEKS -> inWorkAt13WeeksOn;
        };
    }

    /** The furthest milestone reached, or null. */
    public Milestone latest() {
        Milestone latest = null;
        for (Milestone milestone : Milestone.values()) {
            if (reachedOn(milestone) != null) {
                latest = milestone;
            }
        }
        return latest;
    }
}
