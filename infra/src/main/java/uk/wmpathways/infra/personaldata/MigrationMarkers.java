package uk.wmpathways.infra.personaldata;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;

/**
 * The {@value #COLLECTION} collection: one document per data protection migration that has run to its end in
 * this database, so that each runs once. A migration that stops half-way has no marker and runs again at the
 * next start, so every migration must be safe to run again.
 */
public final class MigrationMarkers {

    public static final String COLLECTION = "personal_data_migrations";

    private final MongoCollection<Document> markers;

    public MigrationMarkers(MongoDatabase database) {
        this.markers = database.getCollection(COLLECTION);
    }

    public boolean done(String migration) {
        return markers.find(Filters.eq("_id", migration)).first() != null;
    }

    public void markDone(String migration, Instant completedAt) {
        markers.updateOne(Filters.eq("_id", migration), Updates.set("completedAt", completedAt.toString()),
                new UpdateOptions().upsert(true));
    }
}
