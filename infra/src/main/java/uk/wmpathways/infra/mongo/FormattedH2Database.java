package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 database with this store's map formats: unique indexes in {@link IndexKeyOrder},
 * documents in {@link BsonDocumentType}. A new index (a new collection's {@code _id} index too) or collection
 * gets its map opened so before mongo-java-server opens it, which then finds it open. Maps that exist already
 * were opened so by {@link IndexKeyOrder#prepare} and {@link BsonDocumentType#prepare}.
 */
final class FormattedH2Database extends H2Database {

    /** The store of a database under construction: its constructor opens maps before its fields are set. */
    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    private final MVStore store;

    private FormattedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
    }

    static FormattedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        CONSTRUCTING.set(store);
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

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        BsonDocumentType.open(store(), BsonDocumentType.documentsMap(getFullCollectionNamespace(collectionName)));
        return super.openOrCreateCollection(collectionName, options);
    }

    private MVStore store() {
        return store != null ? store : CONSTRUCTING.get();
    }
}
