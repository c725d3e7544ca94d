package uk.wmpathways.reporting.consent;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Consent;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Erasure;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A person's lawful basis and consents, and who they agreed may see their record ({@code sharedWith}: the
 * organisations of their standing sharing consents). {@code lastSequence} is the participant's last event
 * applied: an event delivered again changes nothing. {@code erasure}: when and on which ground the record was erased
 * (no personal data), null before. {@code restriction}: the restriction standing, null when none (and in documents
 * written before it was kept: {@code restricted} still says whether the record is restricted).
 */
record ParticipantConsentDocument(@Id String participantId, String registeringOrganisation, LawfulBasis basis,
                                  SpecialCategoryCondition specialCategoryCondition, String basisRecordedBy,
                                  Instant basisRecordedAt, boolean restricted, List<Consent> consents,
                                  List<String> sharedWith, Erasure erasure, long lastSequence,
                                  Restriction restriction) {

    static final String SHARED_WITH = "sharedWith";

    @PersistenceCreator
    ParticipantConsentDocument {
        consents = consents == null ? List.of() : List.copyOf(consents);
        sharedWith = consents.stream()
                .filter(consent -> consent.scope() == ConsentScope.SHARE_WITH_ORGANISATION && consent.standing())
                .map(Consent::organisation)
                .distinct()
                .sorted()
                .toList();
    }

    static ParticipantConsentDocument empty(String participantId) {
        return new ParticipantConsentDocument(participantId, null, null, null, null, null, false, List.of(),
                List.of(), null, -1, null);
    }

    ParticipantConsentDocument registeredBy(String organisation, long sequence) {
        return new ParticipantConsentDocument(participantId, organisation, basis, specialCategoryCondition,
                basisRecordedBy, basisRecordedAt, restricted, consents, sharedWith, erasure, sequence, restriction);
    }

    ParticipantConsentDocument basis(LawfulBasis newBasis, SpecialCategoryCondition condition, String by, Instant at,
                                     long sequence) {
        return new ParticipantConsentDocument(participantId, registeringOrganisation, newBasis, condition, by, at,
                restricted, consents, sharedWith, erasure, sequence, restriction);
    }

    /**
     * Restricted: the officer's restriction is the one shown while it stands (withdrawn consent does not replace
     * it); null: lifted.
     */
    ParticipantConsentDocument restricted(Restriction newRestriction, long sequence) {
        Restriction shown = newRestriction != null && !newRestriction.byTheOfficer()
                && restriction != null && restriction.byTheOfficer() ? restriction : newRestriction;
        return new ParticipantConsentDocument(participantId, registeringOrganisation, basis, specialCategoryCondition,
                basisRecordedBy, basisRecordedAt, newRestriction != null, consents, sharedWith, erasure, sequence,
                shown);
    }

    ParticipantConsentDocument withConsent(Consent consent, long sequence) {
        List<Consent> all = new ArrayList<>(consents);
        all.removeIf(existing -> existing.consentId().equals(consent.consentId()));
        all.add(consent);
        return withConsents(all, sequence);
    }

    ParticipantConsentDocument changing(String consentId, UnaryOperator<Consent> change, long sequence) {
        return withConsents(consents.stream()
                .map(consent -> consent.consentId().equals(consentId) ? change.apply(consent) : consent)
                .toList(), sequence);
    }

    private ParticipantConsentDocument withConsents(List<Consent> all, long sequence) {
        return new ParticipantConsentDocument(participantId, registeringOrganisation, basis, specialCategoryCondition,
                basisRecordedBy, basisRecordedAt, restricted, all, List.of(), erasure, sequence, restriction);
    }

    ParticipantConsentDocument erased(Erasure what, long sequence) {
        return new ParticipantConsentDocument(participantId, registeringOrganisation, basis, specialCategoryCondition,
                basisRecordedBy, basisRecordedAt, restricted, consents, sharedWith, what, sequence, restriction);
    }

    ParticipantDataRights dataRights() {
        return new ParticipantDataRights(participantId, basis, specialCategoryCondition, basisRecordedBy,
                basisRecordedAt, restricted, consents, erasure, restriction);
    }
}
