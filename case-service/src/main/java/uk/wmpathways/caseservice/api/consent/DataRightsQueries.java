package uk.wmpathways.caseservice.api.consent;

import uk.wmpathways.caseservice.api.ErasureGround;

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

    /** {@code erasure} null unless the record was erased. */
    public record ParticipantDataRights(String participantId, LawfulBasis basis,
                                        SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                        Instant basisRecordedAt, boolean restricted, List<Consent> consents,
                                        Erasure erasure) {

        /** A record that has not been erased. */
        public ParticipantDataRights(String participantId, LawfulBasis basis,
                                     SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                     Instant basisRecordedAt, boolean restricted, List<Consent> consents) {
            this(participantId, basis, specialCategoryCondition, basisRecordedBy, basisRecordedAt, restricted,
                    consents, null);
        }

        public boolean erased() {
            return erasure != null;
        }
    }

    /** When and on which ground the record was erased, and by whom (a username, or the retention job). */
    public record Erasure(ErasureGround ground, Instant erasedAt, String erasedBy) {
    }

    /** One consent; {@code withdrawnBy} and {@code withdrawnAt} null while it stands. */
    public record Consent(String consentId, ConsentScope scope, String organisation, LocalDate givenOn,
                          String recordedBy, Instant recordedAt, String withdrawnBy, Instant withdrawnAt) {

        public boolean standing() {
            return withdrawnAt == null;
        }
    }
}
