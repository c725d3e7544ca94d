package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;

/** Queries about enrolments, answered by the reporting module's casework read models. */
public final class EnrolmentQueries {

    private EnrolmentQueries() {
    }

    /** Answered with an {@link EnrolmentSummary}, or null when no enrolment has this id. */
    public record FindEnrolment(String enrolmentId) {
    }

    /** A participant's enrolments, newest first: a list of {@link EnrolmentSummary}. */
    public record FindParticipantEnrolments(String participantId) {
    }

    /** Everything recorded on one enrolment, oldest first: a list of {@link TimelineEntry}. */
    public record FindEnrolmentHistory(String enrolmentId) {
    }

    /** Everything recorded about a participant, across enrolments, newest first: a list of {@link TimelineEntry}. */
    public record FindParticipantTimeline(String participantId) {
    }

    /** A worker's caseload: answered with a {@link Caseload}. {@code pathway} and {@code stage} may be null. */
    public record FindCaseload(String worker, Pathway pathway, Stage stage) {
    }

    /**
     * What is due on or before {@code dueBy} (overdue included) for one worker's active enrolments, or for an
     * organisation's when {@code worker} is null; soonest first: a list of {@link DueEntry}.
     */
    public record FindDueItems(String worker, String organisation, LocalDate dueBy) {
    }
}
