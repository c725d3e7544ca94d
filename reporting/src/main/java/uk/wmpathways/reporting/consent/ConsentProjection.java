package uk.wmpathways.reporting.consent;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentWithdrawn;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Consent;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Erasure;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.FindParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.IsProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictionLifted;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.axon.Subscribing;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.casework.ParticipantOrganisations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A person's lawful basis, consents and restriction ({@link ParticipantConsentDocument}), and the queries about
 * them. A subscribing processor: written in the unit of work of the event, so that
 * sharing and restriction take effect at once. Idempotent by the participant's event sequence number.
 * Not rebuilt by the online rebuild (it rebuilds tracking processors only): replaying the participant events
 * through these handlers in order gives the same documents.
 */
@Component
@Subscribing
@ProcessingGroup(ConsentProjection.PROCESSING_GROUP)
class ConsentProjection {

    static final String PROCESSING_GROUP = "consent";

    private final MongoTemplate mongo;
    private final ConsentSharing sharing;
    private final ReadAccess access;
    private final ParticipantOrganisations organisations;

    ConsentProjection(MongoTemplate mongo, ConsentSharing sharing, ReadAccess access,
                      ParticipantOrganisations organisations) {
        this.mongo = mongo;
        this.sharing = sharing;
        this.access = access;
        this.organisations = organisations;
        mongo.indexOps(ConsentSharing.COLLECTION)
                .ensureIndex(new Index().on(ParticipantConsentDocument.SHARED_WITH, Sort.Direction.ASC));
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence) {
        update(event.participantId(), sequence, document -> document.registeredBy(event.registeringOrganisation(),
                sequence));
    }

    @EventHandler
    void on(LawfulBasisRecorded event, @SequenceNumber long sequence) {
        update(event.participantId(), sequence, document -> document.basis(event.basis(),
                event.specialCategoryCondition(), event.recordedBy(), event.recordedAt(), sequence));
    }

    @EventHandler
    void on(ConsentRecorded event, @SequenceNumber long sequence) {
        Consent consent = new Consent(event.consentId(), event.scope(), event.organisation(), event.givenOn(),
                event.recordedBy(), event.recordedAt(), null, null);
        update(event.participantId(), sequence, document -> document.withConsent(consent, sequence));
    }

    @EventHandler
    void on(ConsentWithdrawn event, @SequenceNumber long sequence) {
        update(event.participantId(), sequence, document -> document.changing(event.consentId(),
                consent -> new Consent(consent.consentId(), consent.scope(), consent.organisation(),
                        consent.givenOn(), consent.recordedBy(), consent.recordedAt(), event.withdrawnBy(),
                        event.at()), sequence));
    }

    @EventHandler
    void on(ProcessingRestricted event, @SequenceNumber long sequence) {
        update(event.participantId(), sequence, document -> document.restricted(
                new Restriction(event.ground(), event.restrictedBy(), event.at()), sequence));
    }

    @EventHandler
    void on(ProcessingRestrictionLifted event, @SequenceNumber long sequence) {
        update(event.participantId(), sequence, document -> document.restricted(null, sequence));
    }

    /** Shown on the record at once (this processor subscribes), so the page that erased it can say so. */
    @EventHandler
    void on(ParticipantErased event, @SequenceNumber long sequence) {
        update(event.participantId(), sequence, document -> document.erased(
                new Erasure(event.ground(), event.erasedAt(), event.erasedBy()), sequence));
    }

    /**
     * Staged in the unit of work's {@link BatchedWrites}: a command's events (a registration and its lawful basis)
     * read the document once and write it once, still before the command returns.
     */
    private void update(String participantId, long sequence, UnaryOperator<ParticipantConsentDocument> change) {
        BatchedWrites writes = BatchedWrites.of(mongo);
        ParticipantConsentDocument current = writes.findById(participantId, ParticipantConsentDocument.class,
                ConsentSharing.COLLECTION);
        if (current == null) {
            current = ParticipantConsentDocument.empty(participantId);
        } else if (current.lastSequence() >= sequence) {
            return; // applied already
        }
        writes.save(change.apply(current), ConsentSharing.COLLECTION);
    }

    /**
     * Read with the record itself, by the same rule; basis null: not recorded. Not logged a second time: the API
     * and the record view read it only beside {@code FindParticipant}, whose read is the one access-log entry of
     * that view (one entry per look, as the access log promises).
     */
    @QueryHandler
    ParticipantDataRights dataRights(FindParticipantDataRights query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        ParticipantConsentDocument document = sharing.find(query.participantId())
                .orElseGet(() -> ParticipantConsentDocument.empty(query.participantId()));
        List<String> whoMaySee = new ArrayList<>(organisations.of(query.participantId()));
        if (document.registeringOrganisation() != null) {
            whoMaySee.add(document.registeringOrganisation());
        }
        access.participant(caller, AccessAction.VIEW_PARTICIPANT, query.participantId(), whoMaySee);
        return document.dataRights();
    }

    /** Whether the person's record is restricted: no personal data, asked by commands before a step. */
    @QueryHandler
    Boolean restricted(IsProcessingRestricted query, MetaData metaData) {
        access.caseworker(metaData);
        return sharing.restricted(query.participantId());
    }
}
