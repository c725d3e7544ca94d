package uk.wmpathways.reporting.api;

import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;

/**
 * What the data protection officer reads about one person to act on their rights (erasure, restriction): who they
 * are, to check the request against, and what their record is held on. No case content. Answered by
 * {@code consent.DataSubjectQueryHandler} to the data protection role only, each read in the access log.
 */
public final class DataSubjectQueries {

    private DataSubjectQueries() {
    }

    /** Answered with a {@link DataSubject}, or null when nobody has this id. */
    public record FindDataSubject(String participantId) {
    }

    /** {@code name} reads "[erased] [erased]" and the rest is null once the record was erased. */
    public record DataSubject(String participantId, String name, String dateOfBirth, String nhsNumber,
                              ParticipantDataRights rights) {
    }
}
