package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The order of the keys in mongo-java-server's unique index maps, compared as values instead of as Java-serialised
 * bytes.
 * <p>
 * H2 compares keys of a class it does not know (mongo-java-server's {@link KeyValue}) by serialising both with
 * {@code ObjectOutputStream} on every comparison: a look-up in an index of n keys serialised 2 log2 n objects, and
 * that was the largest single cost of the embedded store (issue 15: 42% of its CPU while commands ran). Here a key
 * is compared value by value: same class, then the value's own order (strings, numbers, dates, ids); values of
 * other classes (documents, arrays: rare in a unique key) by their serialised bytes as before. Two keys compare
 * equal exactly when they are equal, as the index needs.
 * <p>
 * Keys are written to the file compactly ({@link IndexKeyFormat}); keys written before by H2's own serialisation stay
 * readable. A file whose index maps were sorted the old way is re-sorted once when it is opened ({@link #prepare}),
 * marked in {@value #FORMAT}, and committed before anything else is written.
 */
final class IndexKeyOrder extends ObjectDataType {

    /** Not a database's map (those start with "databases."), so mongo-java-server leaves it alone. */
    static final String FORMAT = "pathways.format";
    static final String INDEX_KEY_ORDER = "indexKeyOrder";
    private static final long BY_VALUE = 1;
    private static final String INDEX_MAP = "._index_";

    /** Classes whose own order is consistent with their equals (not BigDecimal: 1.0 and 1.00 differ but compare 0). */
    private static final Set<Class<?>> ORDERED_BY_VALUE = Set.of(String.class, Long.class, Integer.class,
            Double.class, Boolean.class, Short.class, Byte.class, Character.class, Date.class, Instant.class,
            UUID.class, ObjectId.class);

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    /** Keys are written compactly ({@link IndexKeyFormat}) where they can be; other values as H2 writes them. */
    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!IndexKeyFormat.tryWrite(buffer, value)) {
            super.write(buffer, value);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return IndexKeyFormat.isWritten(buffer) ? IndexKeyFormat.read(buffer) : super.read(buffer);
    }

    /** H2 sizes an object it serialises by its average serialised size, which is never measured for these keys. */
    @Override
    public int getMemory(Object value) {
        return value instanceof KeyValue key ? IndexKeyFormat.estimatedSize(key) : super.getMemory(value);
    }

    static int compareKeys(KeyValue a, KeyValue b) {
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int byValue = compareValues(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (ORDERED_BY_VALUE.contains(a.getClass())) {
            return ((Comparable) a).compareTo(b);
        }
        return Arrays.compareUnsigned(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    static boolean isIndexMap(String mapName) {
        return mapName.contains(INDEX_MAP) && !mapName.startsWith("databases.") && !mapName.startsWith("meta.");
    }

    /** Opens the index map {@code mapName} in this order, unless it is open already. */
    static void open(MVStore store, String mapName) {
        store.openMap(mapName, new MVMap.Builder<Object, Object>().keyType(new IndexKeyOrder()));
    }

    /**
     * Opens every index map of {@code store} in this order, before mongo-java-server opens them in H2's; a file
     * written before this order existed has its index maps re-sorted first, and is committed with that done.
     */
    static MVStore prepare(MVStore store) {
        MVMap<String, Long> format = store.openMap(FORMAT);
        boolean sortedByValue = format.getOrDefault(INDEX_KEY_ORDER, 0L) == BY_VALUE;
        List<String> indexMaps = store.getMapNames().stream().filter(IndexKeyOrder::isIndexMap).toList();
        for (String name : indexMaps) {
            if (sortedByValue) {
                open(store, name);
            } else {
                resort(store, name);
            }
        }
        if (!sortedByValue) {
            format.put(INDEX_KEY_ORDER, BY_VALUE);
            if (store.getFileStore() != null) {
                store.commit();
            }
        }
        return store;
    }

    private static void resort(MVStore store, String name) {
        MVMap<Object, Object> sortedByBytes = store.openMap(name);
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        sortedByBytes.forEach((key, value) -> entries.add(Map.entry(key, value)));
        store.removeMap(sortedByBytes);
        MVMap<Object, Object> sortedByValue = store.openMap(name,
                new MVMap.Builder<Object, Object>().keyType(new IndexKeyOrder()));
        entries.forEach(entry -> sortedByValue.put(entry.getKey(), entry.getValue()));
    }
}
