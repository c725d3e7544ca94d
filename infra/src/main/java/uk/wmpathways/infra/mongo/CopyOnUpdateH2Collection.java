package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection, with documents that never change once stored: an update changes a copy of
 * the document and stores the copy in its place.
 * <p>
 * mongo-java-server changes the stored document itself, field by field, under the collection's lock. But a query
 * hands the stored documents themselves to the connection, which encodes them after the lock is released, and a
 * checkpoint writes them to the file from another thread. A document updated meanwhile was sent (or written) half
 * old and half new, or the encoding failed ({@code ConcurrentModificationException}, seen once in a demo load: the
 * reader's connection fails). With this, a reader holding a document holds a consistent version of it, as MongoDB
 * gives.
 */
final class CopyOnUpdateH2Collection extends H2Collection {

    private final MVMap<Object, Document> documents;
    /** Whether an update is looking for its documents; set and read under the collection's lock only. */
    private boolean updating;

    CopyOnUpdateH2Collection(MongoDatabase database, String name, CollectionOptions options,
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
