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

    /**
     * {@code erasure} null unless the record was erased; {@code restriction} the restriction standing (the data
     * protection officer's when there is one), null when none or when it was recorded before restrictions were kept
     * in detail ({@code restricted} then still says so).
     */
    public record ParticipantDataRights(String participantId, LawfulBasis basis,
                                        SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                        Instant basisRecordedAt, boolean restricted, List<Consent> consents,
                                        Erasure erasure, Restriction restriction) {

        /** A record without the restriction's details. */
        public ParticipantDataRights(String participantId, LawfulBasis basis,
                                     SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                     Instant basisRecordedAt, boolean restricted, List<Consent> consents,
                                     Erasure erasure) {
            this(participantId, basis, specialCategoryCondition, basisRecordedBy, basisRecordedAt, restricted,
                    consents, erasure, null);
        }

        /** A record that has not been erased. */
        public ParticipantDataRights(String participantId, LawfulBasis basis,
                                     SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                     Instant basisRecordedAt, boolean restricted, List<Consent> consents) {
            this(participantId, basis, specialCategoryCondition, basisRecordedBy, basisRecordedAt, restricted,
                    consents, null, null);
        }

        public boolean erased() {
            return erasure != null;
        }

        /** Restricted by the data protection officer: only they lift it. */
        public boolean restrictedByTheOfficer() {
            return restriction != null && restriction.byTheOfficer();
        }
    }

    /**
     * Why processing is restricted, since when, and who restricted it (a username; null when the record restricted
     * itself as the consent it is held on was withdrawn). The officer's note is not kept here: it is personal data,
     * in the event only.
     */
    public record Restriction(RestrictionGround ground, String restrictedBy, Instant restrictedAt) {

        public boolean byTheOfficer() {
            return ground != null && ground != RestrictionGround.CONSENT_WITHDRAWN;
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
