package uk.wmpathways.caseservice.api.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Queries about a person's lawful basis and consents, answered by the reporting module. */
public final class DataRightsQueries {

    private DataRightsQueries() {
    }

    /** Answered with {@link ParticipantDataRights} (basis null: not recorded); read like the record itself. */
    public record FindParticipantDataRights(String participantId) {
    }

    /** Whether processing of the person is restricted (Boolean); for commands to decide by. */
    public record IsProcessingRestricted(String participantId) {
    }

    public record ParticipantDataRights(String participantId, LawfulBasis basis,
                                        SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                        Instant basisRecordedAt, boolean restricted, List<Consent> consents) {
    }

    /** One consent; {@code withdrawnBy} and {@code withdrawnAt} null while it stands. */
    public record Consent(String consentId, ConsentScope scope, String organisation, LocalDate givenOn,
                          String recordedBy, Instant recordedAt, String withdrawnBy, Instant withdrawnAt) {

        public boolean standing() {
            return withdrawnAt == null;
        }
    }
}
