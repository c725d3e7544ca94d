package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 database with this store's map formats: unique indexes in {@link IndexKeyOrder},
 * documents in {@link BsonDocumentType}. A new index (a new collection's {@code _id} index too) or collection
 * gets its map opened so before mongo-java-server opens it, which then finds it open. Maps that exist already
 * were opened so by {@link IndexKeyOrder#prepare} and {@link BsonDocumentType#prepare}.
 */
final class FormattedH2Database extends H2Database {

    /** mongo-java-server's name for a collection's map of its own figures (its data size). */
    private static final String META_MAP = "meta.";

    /** A database under construction: its constructor opens maps and collections before its fields are set. */
    private static final ThreadLocal<Constructing> CONSTRUCTING = new ThreadLocal<>();

    private final MVStore store;
    private final CursorRegistry cursors;

    private record Constructing(MVStore store, CursorRegistry cursors) {
    }

    private FormattedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
        this.cursors = cursors;
    }

    static FormattedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        CONSTRUCTING.set(new Constructing(store, cursors));
        try {
            return new FormattedH2Database(databaseName, store, cursors);
        } finally {
            CONSTRUCTING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        // mongo-java-server names an index's map so (H2Database.mapNameForIndex, private)
        IndexKeyOrder.open(store(), getFullCollectionNamespace(collectionName) + "._index_" + indexName);
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    /** As mongo-java-server's H2Database opens a collection (its maps' names too), as a {@link EmbeddedH2Collection}. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents =
                BsonDocumentType.open(store(), BsonDocumentType.documentsMap(namespace));
        MVMap<String, Object> meta = store().openMap(META_MAP + namespace);
        return new EmbeddedH2Collection(this, collectionName, options, documents, meta, cursors());
    }

    private MVStore store() {
        return store != null ? store : CONSTRUCTING.get().store();
    }

    private CursorRegistry cursors() {
        return cursors != null ? cursors : CONSTRUCTING.get().cursors();
    }
}
