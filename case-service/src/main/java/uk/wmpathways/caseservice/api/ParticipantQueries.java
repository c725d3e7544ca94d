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
}
