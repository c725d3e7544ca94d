package uk.wmpathways.reporting.consent;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.api.DataSubjectQueries.DataSubject;
import uk.wmpathways.reporting.api.DataSubjectQueries.FindDataSubject;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * The data protection officer's view of one person: their identity and data rights, never their case content.
 * Decided here, for every channel alike; each read is an access-log entry (purpose {@code OVERSIGHT}).
 */
@Component
class DataSubjectQueryHandler {

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ConsentSharing consents;
    private final AccessLog accessLog;

    DataSubjectQueryHandler(MongoTemplate mongo, ReadModelCollections collections, ConsentSharing consents,
                            AccessLog accessLog) {
        this.mongo = mongo;
        this.collections = collections;
        this.consents = consents;
        this.accessLog = accessLog;
    }

    @QueryHandler
    DataSubject find(FindDataSubject query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException("Only the data protection officer acts on a person's data rights");
        }
        Document participant = query.participantId() == null ? null
                : mongo.findById(query.participantId(), Document.class, collections.live("participants"));
        if (participant == null) {
            return null;
        }
        if (!caller.system()) {
            accessLog.record(caller, AccessAction.VIEW_PARTICIPANT, AccessPurpose.OVERSIGHT,
                    List.of(query.participantId()), null);
        }
        return new DataSubject(query.participantId(),
                participant.getString("givenName") + " " + participant.getString("familyName"),
                dayOf(participant.get("dateOfBirth")), participant.getString("nhsNumber"),
                consents.find(query.participantId())
                        .orElseGet(() -> ParticipantConsentDocument.empty(query.participantId())).dataRights());
    }

    /** Spring Data keeps a LocalDate as midnight in the JVM's zone. */
    private static String dayOf(Object stored) {
        return stored instanceof Date date ? date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString()
                : stored == null ? null : stored.toString();
    }
}
