package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 database whose unique indexes are opened in {@link IndexKeyOrder}: a new index (a new
 * collection's {@code _id} index too) gets its map opened in that order before mongo-java-server opens it, which
 * then finds it open. Indexes that exist already were opened so by {@link IndexKeyOrder#prepare}.
 */
final class IndexOrderedH2Database extends H2Database {

    /** The store of a database under construction: its constructor opens indexes before its fields are set. */
    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    private final MVStore store;

    private IndexOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
    }

    static IndexOrderedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        CONSTRUCTING.set(store);
        try {
            return new IndexOrderedH2Database(databaseName, store, cursors);
        } finally {
            CONSTRUCTING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore opened = store != null ? store : CONSTRUCTING.get();
        // mongo-java-server names an index's map so (H2Database.mapNameForIndex, private)
        IndexKeyOrder.open(opened, getFullCollectionNamespace(collectionName) + "._index_" + indexName);
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
}
