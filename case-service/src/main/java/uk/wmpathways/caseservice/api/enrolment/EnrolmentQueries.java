package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import java.util.List;

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

    /** Everything recorded on one enrolment, newest first (as the timeline): a list of {@link TimelineEntry}. */
    public record FindEnrolmentHistory(String enrolmentId) {
    }

    /** Everything recorded about a participant, across enrolments, newest first: a list of {@link TimelineEntry}. */
    public record FindParticipantTimeline(String participantId) {
    }

    /**
     * A worker's caseload: answered with a {@link Caseload}. {@code pathway}, {@code stage} and
     * {@code nameContains} may be null. {@code nameContains} is plain words (never a pattern), each of which the
     * participant's name must contain, in any case; the counts by stage follow it.
     */
    public record FindCaseload(String worker, Pathway pathway, Stage stage, String nameContains) {

        /** The longest name search taken; longer text is cut. */
        public static final int NAME_SEARCH_MAX = 100;

        public FindCaseload(String worker, Pathway pathway, Stage stage) {
            this(worker, pathway, stage, null);
        }

        /** The words searched for, none when nothing (or only spaces) was typed. */
        public List<String> nameWords() {
            if (nameContains == null || nameContains.isBlank()) {
                return List.of();
            }
            String text = nameContains.strip();
            text = text.length() > NAME_SEARCH_MAX ? text.substring(0, NAME_SEARCH_MAX) : text;
            return List.of(text.split("\\s+"));
        }
    }

    /**
     * What is due on or before {@code dueBy} (overdue included) for one worker's active enrolments, or for an
     * organisation's when {@code worker} is null; soonest first: a list of {@link DueEntry}.
     */
    public record FindDueItems(String worker, String organisation, LocalDate dueBy) {
    }
}
