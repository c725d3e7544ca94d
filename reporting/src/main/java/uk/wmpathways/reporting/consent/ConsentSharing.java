package uk.wmpathways.reporting.consent;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which organisations a person agreed may see their record, as the consent read model holds it. It is written in
 * the unit of work that recorded or withdrew the consent ({@link ConsentProjection}), so access follows consent
 * at once.
 */
@Component
public class ConsentSharing {

    static final String COLLECTION = "participant_consents";
    private static final String RESTRICTED = "restricted";

    private final MongoTemplate mongo;

    ConsentSharing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The organisations the person agreed may see their record (standing consents only). */
    public List<String> sharedWith(String participantId) {
        // asked on every access check: the one field, not the whole document mapped
        Document document = field(participantId, ParticipantConsentDocument.SHARED_WITH);
        return document == null ? List.of() : document.getList(ParticipantConsentDocument.SHARED_WITH, String.class,
                List.of());
    }

    /** Whether the person's processing is restricted; asked before every command on their record. */
    boolean restricted(String participantId) {
        Document document = field(participantId, RESTRICTED);
        return document != null && Boolean.TRUE.equals(document.getBoolean(RESTRICTED));
    }

    /** One field of a person's document (null when there is none), without mapping the rest. */
    private Document field(String participantId, String field) {
        Query query = Query.query(Criteria.where("_id").is(participantId));
        query.fields().include(field);
        return mongo.findOne(query, Document.class, COLLECTION);
    }

    /** The people who agreed that {@code organisation} may see their record. */
    public List<String> participantsSharedWith(String organisation) {
        Query query = Query.query(Criteria.where(ParticipantConsentDocument.SHARED_WITH).is(organisation));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(document -> document.getString("_id"))
                .toList();
    }

    /** The people whose processing is restricted (consent to processing withdrawn, no other basis recorded). */
    public Set<String> restrictedParticipants() {
        Query query = Query.query(Criteria.where(RESTRICTED).is(true));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(document -> document.getString("_id"))
                .collect(Collectors.toSet());
    }

    Optional<ParticipantConsentDocument> find(String participantId) {
        return Optional.ofNullable(mongo.findById(participantId, ParticipantConsentDocument.class, COLLECTION));
    }
}
