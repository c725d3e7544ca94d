package uk.wmpathways.infra.personaldata;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.eventstore.PayloadProtection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the personal data of events stored before the event store encrypted it. An upcaster that encrypts on
 * reading would leave the plain text in the store, so each such event's stored payload is rewritten once, in
 * global order (so that each stream's subject is known from its first event before its later ones): the same
 * fact, the same shape, its personal values sealed. Snapshots of a person's streams that are not sealed are
 * dropped (aggregates are rebuilt from their events and snapshotted again, sealed). Runs once per database
 * ({@value #MARKERS}); safe to run again, and to run while the application works (new events are sealed already).
 */
public class PlainTextSealing {

    static final String MARKERS = MigrationMarkers.COLLECTION;
    static final String SEALED_V1 = "seal-plain-text-v1";
    private static final Logger log = LoggerFactory.getLogger(PlainTextSealing.class);
    private static final int PAGE = 500;

    /** What a run did. */
    public record Result(long eventsRead, long eventsSealed, long snapshotsDropped) {
    }

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> markers;
    private final PayloadProtection protection;
    private final PersonalFields fields;
    private final DataSubjectKeys keys;
    private final Clock clock;

    public PlainTextSealing(MongoDatabase database, PayloadProtection protection, PersonalFields fields,
                            DataSubjectKeys keys, Clock clock) {
        this.events = database.getCollection(GlobalSequenceMongoEventStorageEngine.EVENTS);
        this.snapshots = database.getCollection(GlobalSequenceMongoEventStorageEngine.SNAPSHOTS);
        this.markers = database.getCollection(MARKERS);
        this.protection = protection;
        this.fields = fields;
        this.keys = keys;
        this.clock = clock;
    }

    public boolean done() {
        return markers.find(Filters.eq("_id", SEALED_V1)).first() != null;
    }

    public Result run() {
        long read = 0;
        long sealed = 0;
        long after = -1;
        while (true) {
            List<Document> page = events.find(Filters.gt("_id", after)).sort(Sorts.ascending("_id")).limit(PAGE)
                    .into(new ArrayList<>());
            if (page.isEmpty()) {
                break;
            }
            for (Document event : page) {
                after = event.getLong("_id");
                read++;
                String type = event.getString("payloadType");
                if (Boolean.TRUE.equals(event.getBoolean("tombstone")) || fields.of(type).isEmpty()) {
                    continue;
                }
                String payload = event.getString("payload");
                String protectedPayload = protection.protect(event.getString("aggregateIdentifier"), type, payload);
                if (!protectedPayload.equals(payload)) {
                    events.updateOne(Filters.eq("_id", after), Updates.set("payload", protectedPayload));
                    sealed++;
                }
            }
        }
        long dropped = 0;
        for (Document snapshot : snapshots.find().into(new ArrayList<>())) {
            String payload = snapshot.getString("payload");
            boolean plain = payload == null || !payload.startsWith("{\"" + PersonalDataProtection.SEALED + "\"");
            if (plain && keys.subjectOfStream(String.valueOf(snapshot.get("_id"))).isPresent()) {
                snapshots.deleteOne(Filters.eq("_id", snapshot.get("_id")));
                dropped++;
            }
        }
        markers.updateOne(Filters.eq("_id", SEALED_V1), Updates.set("completedAt", clock.instant().toString()),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        Result result = new Result(read, sealed, dropped);
        log.info("Personal data sealed in stored events: {} events read, {} sealed, {} snapshots dropped",
                result.eventsRead(), result.eventsSealed(), result.snapshotsDropped());
        return result;
    }
}
