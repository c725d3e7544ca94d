package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * mongo-java-server's H2 collection with two changes: documents never change once stored, and a query naming a
 * document's {@code _id} with other conditions finds it by its {@code _id}.
 * <p>
 * <b>Copies on update.</b> An update changes a copy of the document and stores the copy in its place.
 * mongo-java-server changes the stored document itself, field by field, under the collection's lock. But a query
 * hands the stored documents themselves to the connection, which encodes them after the lock is released, and a
 * checkpoint writes them to the file from another thread. A document updated meanwhile was sent (or written) half
 * old and half new, or the encoding failed ({@code ConcurrentModificationException}, seen once in a demo load: the
 * reader's connection fails). With this, a reader holding a document holds a consistent version of it, as MongoDB
 * gives.
 * <p>
 * <b>By {@code _id}.</b> mongo-java-server uses an index only for a query on exactly its fields, and scans the
 * whole collection for any other: {@code {_id: x, lastSequence: {$lt: n}}}, the projections' idempotent write,
 * read every document of the read model for each event. Such a query now reads the one document with that
 * {@code _id} and matches the whole query against it, as MongoDB does.
 */
final class EmbeddedH2Collection extends H2Collection {

    private static final String ID = "_id";

    private final MVMap<Object, Document> documents;
    /** Whether an update is looking for its documents; set and read under the collection's lock only. */
    private boolean updating;

    EmbeddedH2Collection(MongoDatabase database, String name, CollectionOptions options,
                         MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
        this.documents = documents;
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        updating = true;
        try {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            updating = false;
        }
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        updating = true;
        try {
            return super.findAndModify(query);
        } finally {
            updating = false;
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        Object id = query.size() > 1 ? query.get(ID) : null;
        Index<Object> byId = isSingleValue(id) ? idIndex() : null;
        if (byId == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
        }
        return matchDocuments(query, byId.getPositions(new Document(ID, id)), orderBy, numberToSkip, numberToReturn,
                batchSize, fieldSelector);
    }

    private Index<Object> idIndex() {
        for (Index<Object> index : getIndexes()) {
            List<IndexKey> keys = index.getKeys();
            if (keys.size() == 1 && ID.equals(keys.get(0).getKey())) {
                return index;
            }
        }
        return null;
    }

    /**
     * A value an {@code _id} equals: a string, number, UUID, object id, instant or a document of plain fields. An
     * operator ({@code $in}, {@code $ne}...), a regular expression, a list or null is left to mongo-java-server.
     */
    private static boolean isSingleValue(Object value) {
        if (value instanceof Document document) {
            return document.keySet().stream().noneMatch(key -> key.startsWith("$"));
        }
        return value instanceof String || value instanceof Number || value instanceof UUID
                || value instanceof ObjectId || value instanceof Instant;
    }

    /** By key (an index found it): for an update, a copy to change. */
    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return updating && stored != null ? stored.cloneDeeply() : stored;
    }

    /** By a scan of every document: for an update, copies of the matching ones. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        if (!updating) {
            return super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
        }
        return matchDocumentsFromStream(documents.values().stream()
                        .filter(document -> documentMatchesQuery(document, query))
                        .map(Document::cloneDeeply),
                query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }
}
