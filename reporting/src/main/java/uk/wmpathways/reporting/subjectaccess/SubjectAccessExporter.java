package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.personaldata.DataSubjectKeys;
import uk.wmpathways.infra.access.AccessLogEntry;
import uk.wmpathways.infra.axon.AxonStorageAutoConfiguration;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.IntConsumer;

/**
 * Gathers everything held about one participant into one JSON tree: every event of their streams (the
 * participant's, each enrolment's and each referral's, whatever the event types, as the event store gives them
 * back), their rows in every read model, the access log entries about them, and the free-text fields to review
 * before release ({@link ThirdPartyNotes}). Rows are selected by the person's ids only, so nothing of anyone
 * else comes in; access log rows keep only this person's id and not the words of a search (which may have been
 * someone else's name).
 */
@Component
class SubjectAccessExporter {

    static final int ACCESS_LOG_LIMIT = 100_000;
    private static final String CASEWORK = "casework";
    private static final String OUTCOMES = "outcomes";

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final AccessLog accessLog;
    private final ThirdPartyNotes notes;
    private final Clock clock;
    private final DataSubjectKeys keys;
    private final ObjectMapper json = AxonStorageAutoConfiguration.messageObjectMapper();
    /** Read models keep days as midnight in the JVM's zone (Spring Data's LocalDate mapping): written back so. */
    private final ObjectMapper rowJson = AxonStorageAutoConfiguration.messageObjectMapper()
            .setTimeZone(TimeZone.getDefault());

    SubjectAccessExporter(EventStore eventStore, MongoTemplate mongo, ReadModelCollections collections,
                          AccessLog accessLog, ThirdPartyNotes notes, DataSubjectKeys keys, Clock clock) {
        this.keys = keys;
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.collections = collections;
        this.accessLog = accessLog;
        this.notes = notes;
        this.clock = clock;
    }

    /** The person's event streams: their own, then each enrolment's and each referral's. */
    List<String> streamsOf(String participantId) {
        Set<String> streams = new LinkedHashSet<>();
        streams.add(participantId);
        streams.addAll(idsOf(collections.live(CASEWORK, "enrolments"), participantId));
        streams.addAll(idsOf(collections.live(CASEWORK, "referrals"), participantId));
        return List.copyOf(streams);
    }

    private List<String> idsOf(String collection, String participantId) {
        Query query = Query.query(Criteria.where("participantId").is(participantId)).with(Sort.by("_id"));
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }

    /**
     * The export for {@code request}; {@code progress} hears how many of {@code streams.size() + 2} steps are
     * done after each one.
     */
    ObjectNode export(SubjectAccessRequest request, List<String> streams, IntConsumer progress) {
        String participantId = request.participantId();
        ObjectNode root = json.createObjectNode();
        ObjectNode about = root.putObject("request");
        about.put("requestId", request.id());
        about.put("participantId", participantId);
        about.put("receivedOn", request.receivedOn().toString());
        about.put("dueBy", request.dueBy().toString());
        about.put("producedAt", clock.instant().toString());
        // An erased person's record reads as erased everywhere; the export says so, and since when.
        keys.erasedAt(participantId).ifPresent(erasedAt -> root.put("erased", erasedAt.toString()));
        ArrayNode events = root.putArray("events");
        List<ThirdPartyNotes.Flag> flags = new ArrayList<>();
        int done = 0;
        for (String stream : streams) {
            readStream(participantId, stream, events, flags);
            progress.accept(++done);
        }
        root.set("readModels", readModels(participantId, streams));
        progress.accept(++done);
        root.set("accessLog", accessLogAbout(participantId));
        progress.accept(++done);
        root.set("reviewBeforeRelease", json.valueToTree(flags));
        return root;
    }

    /** From sequence 0: {@code readEvents(id)} would start at the latest snapshot and skip the events before it. */
    private void readStream(String participantId, String stream, ArrayNode events, List<ThirdPartyNotes.Flag> flags) {
        DomainEventStream messages = eventStore.readEvents(stream, 0);
        while (messages.hasNext()) {
            DomainEventMessage<?> message = messages.next();
            JsonNode payload = json.valueToTree(message.getPayload());
            String type = message.getPayloadType().getSimpleName();
            Revision revision = message.getPayloadType().getAnnotation(Revision.class);
            ObjectNode event = events.addObject();
            event.put("stream", message.getType());
            event.put("aggregateId", stream);
            event.put("sequenceNumber", message.getSequenceNumber());
            event.put("type", type);
            event.put("revision", revision == null ? null : revision.value());
            event.put("timestamp", message.getTimestamp().toString());
            event.put("recordedBy", recordedBy(payload, message.getMetaData()));
            event.set("payload", payload);
            flags.addAll(notes.flags(participantId, stream, message.getSequenceNumber(), type, payload));
        }
    }

    /** Who recorded it: the payload's "...By" field (recordedBy, registeredBy, referredBy...), else the caller. */
    private static String recordedBy(JsonNode payload, Map<String, ?> metaData) {
        if (payload.path("recordedBy").isTextual()) {
            return payload.get("recordedBy").asText();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = payload.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("By") && field.getValue().isTextual()) {
                return field.getValue().asText();
            }
        }
        Object caller = metaData.get("caller.username");
        return caller == null ? null : caller.toString();
    }

    private ObjectNode readModels(String participantId, List<String> streams) {
        ObjectNode models = json.createObjectNode();
        models.set("participant", rows(collections.live("participants"), "_id", List.of(participantId)));
        models.set("caseworkParticipant", rows(collections.live(CASEWORK, "participants"), "_id",
                List.of(participantId)));
        models.set("enrolments", rows(collections.live(CASEWORK, "enrolments"), "participantId",
                List.of(participantId)));
        models.set("dueItems", rows(collections.live(CASEWORK, "due_items"), "participantId", List.of(participantId)));
        models.set("timeline", rows(collections.live(CASEWORK, "timeline"), "participantId", List.of(participantId)));
        models.set("referrals", rows(collections.live(CASEWORK, "referrals"), "participantId",
                List.of(participantId)));
        models.set("outcomeFacts", rows(collections.live(OUTCOMES, "participants"), "_id", List.of(participantId)));
        models.set("outcomeEnrolmentVersions", rows(collections.live(OUTCOMES, "enrolment_versions"), "key",
                streams));
        models.set("outcomeRoughSleepingContactDays", rows(collections.live(OUTCOMES, "rough_sleeping_contacts"), "_id",
                streams));
        return models;
    }

    private ArrayNode rows(String collection, String field, List<String> values) {
        ArrayNode rows = json.createArrayNode();
        Query query = Query.query(Criteria.where(field).in(values)).with(Sort.by("_id"));
        for (Document row : mongo.find(query, Document.class, collection)) {
            rows.add(rowJson.valueToTree(row));
        }
        return rows;
    }

    private ArrayNode accessLogAbout(String participantId) {
        ArrayNode rows = json.createArrayNode();
        for (AccessLogEntry entry : accessLog.aboutParticipant(participantId, ACCESS_LOG_LIMIT)) {
            ObjectNode row = rows.addObject();
            row.put("at", entry.at().toString());
            row.put("username", entry.username());
            row.put("roles", entry.roles());
            row.put("organisation", entry.organisation());
            row.put("channel", entry.channel());
            row.put("action", entry.action() == null ? null : entry.action().name());
            row.put("purpose", entry.purpose() == null ? null : entry.purpose().name());
            row.put("reason", entry.reason());
            row.put("enrolmentId", entry.enrolmentId());
            row.put("search", entry.query() != null);
            row.put("alsoShowedOthers", entry.participantIds().size() > 1);
        }
        return rows;
    }
}
