package uk.wmpathways.caseservice.api;

/** Queries about participants, answered by the reporting module's participant read model. */
public final class ParticipantQueries {

    private ParticipantQueries() {
    }

    /** Answered with a {@link ParticipantSummary}, or null when no participant has this id. */
    public record FindParticipant(String participantId) {
    }

    /**
     * A page of participants whose name contains {@code text} (any case) or whose NHS number is {@code text},
     * optionally in one local authority, sorted by family then given name. Answered with a
     * {@link ParticipantPage}.
     */
    public record SearchParticipants(String text, LocalAuthority localAuthority, int page, int size) {
        public static final int MAX_PAGE_SIZE = 100;
    }

    /**
     * Whether {@code organisation} registered the participant or has (or had) an enrolment for them: answered
     * with a Boolean. Asked before a change to the person's details; no personal data in the answer.
     */
    public record IsParticipantOfOrganisation(String participantId, String organisation) {
    }

    /**
     * Whether a person with this NHS number is already known, and which organisations to contact about them:
     * answered with a {@link KnownPerson}. The minimal answer registration and intake need; recorded in the
     * access log.
     */
    public record FindKnownPerson(String nhsNumber) {
    }

    /** The answer to {@link FindKnownPerson}: no names, no contact details, no case content. */
    public record KnownPerson(boolean known, java.util.List<String> organisationsToContact) {
    }

    /**
     * How many of the person's enrolments are open: answered with an Integer. Asked before an erasure; no personal
     * data in the answer.
     */
    public record CountOpenEnrolments(String participantId) {
    }
}
