package uk.wmpathways.reporting.participant;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.FindLinkedRecords;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecord;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecords;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.casework.ParticipantOrganisations;
import uk.wmpathways.reporting.identity.IdentityDecisionsProjection;
import uk.wmpathways.reporting.identity.IdentityDecisionsProjection.DirectLink;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records linked to a person's record, for its page. Asked by whoever may read the record (own organisation,
 * or through the glass). Each linked record is shown in full (name, date of birth) only when the caller's own
 * organisation holds it, as the duplicate check decides: the glass opens the one record it was broken for, not the
 * person's other records. A record held elsewhere shows only that it exists and whom to contact, never the name
 * or date of birth (which may differ from this record's, and would tell where else the person is known and as
 * whom). The records shown in full are logged as viewed.
 */
@Component
class LinkedRecordQueryHandler {

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ReadAccess access;
    private final ParticipantOrganisations organisations;
    private final IdentityDecisionsProjection decisions;

    LinkedRecordQueryHandler(MongoTemplate mongo, ReadModelCollections collections, ReadAccess access,
                             ParticipantOrganisations organisations, IdentityDecisionsProjection decisions) {
        this.mongo = mongo;
        this.collections = collections;
        this.access = access;
        this.organisations = organisations;
        this.decisions = decisions;
    }

    @QueryHandler
    LinkedRecords linkedRecords(FindLinkedRecords query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        ParticipantDocument record = document(query.participantId());
        if (record == null) {
            return null;
        }
        access.participant(caller, AccessAction.VIEW_PARTICIPANT, record.participantId(), whoMaySee(record));
        Map<String, DirectLink> direct = decisions.directLinksOf(record.participantId()).stream()
                .collect(Collectors.toMap(DirectLink::otherParticipantId, Function.identity(), (a, b) -> a));
        List<LinkedRecord> answer = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String linkedId : decisions.linkedTo(record.participantId())) {
            ParticipantDocument linked = document(linkedId);
            if (linked == null) {
                continue; // not in the read model yet
            }
            DirectLink link = direct.get(linkedId);
            boolean held = caller.system() || whoMaySee(linked).contains(caller.organisation());
            if (held) {
                shown.add(linkedId);
            }
            answer.add(new LinkedRecord(linkedId, held,
                    held ? linked.givenName() + " " + linked.familyName() : null,
                    held ? linked.dateOfBirth() : null, toContact(linked), link != null,
                    link == null ? null : link.decidedBy(), link == null ? null : link.decidedAt()));
        }
        if (!shown.isEmpty()) {
            access.viewed(caller, AccessAction.VIEW_PARTICIPANT, AccessPurpose.OWN_ORGANISATION, shown, null);
        }
        return new LinkedRecords(record.participantId(), answer);
    }

    private ParticipantDocument document(String participantId) {
        return participantId == null ? null : mongo.findById(participantId, ParticipantDocument.class,
                collections.live(ParticipantProjection.PROCESSING_GROUP));
    }

    private List<String> whoMaySee(ParticipantDocument document) {
        List<String> mayRead = new ArrayList<>(organisations.of(document.participantId()));
        if (document.registeringOrganisation() != null) {
            mayRead.add(document.registeringOrganisation());
        }
        return mayRead;
    }

    private List<String> toContact(ParticipantDocument document) {
        List<String> supporting = organisations.supporting(document.participantId());
        return supporting.isEmpty() && document.registeringOrganisation() != null
                ? List.of(document.registeringOrganisation()) : supporting;
    }
}
