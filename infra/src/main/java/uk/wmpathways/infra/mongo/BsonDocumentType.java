package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * How the documents of mongo-java-server's collections are written into the embedded data file: as BSON, with
 * mongo-java-server's own encoder (the one its wire protocol uses), instead of H2's default Java serialisation.
 * <p>
 * Why (issue 15): H2 stores an object of a class it does not know with {@code ObjectOutputStream}, class
 * descriptors and all, and every checkpoint and compaction rewrites whole pages of them, so Java serialisation
 * was most of the embedded store's CPU, and a document took about 700 bytes of the file.
 * <p>
 * A value written here starts with {@link #BSON}, which is never the first byte H2's {@link ObjectDataType} writes
 * for a document ({@code TYPE_SERIALIZED_OBJECT}, 19): pages written before this type existed stay readable, and
 * become BSON when they are next rewritten (a changed page at a checkpoint, a live page at a compaction). A
 * document the encoder cannot write (a value of a type BSON has no place for) is written as before.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final byte BSON = (byte) 0xB5;
    /** mongo-java-server's name for a collection's documents map: "databases." and the collection's namespace. */
    private static final String DOCUMENTS_MAP = "databases.";
    private static final ObjectDataType JAVA_SERIALISED = new ObjectDataType();
    private static final ThreadLocal<ByteBuf> ENCODED = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    /** The name of the documents map of the collection {@code namespace} ("database.collection"). */
    static String documentsMap(String namespace) {
        return DOCUMENTS_MAP + namespace;
    }

    static boolean isDocumentsMap(String mapName) {
        return mapName.startsWith(DOCUMENTS_MAP);
    }

    /** Opens a collection's documents map with this value type, unless it is open already (then that map). */
    static MVMap<Object, Document> open(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }

    /** Opens every documents map of {@code store} with this value type, before mongo-java-server opens them. */
    static MVStore prepare(MVStore store) {
        store.getMapNames().stream().filter(BsonDocumentType::isDocumentsMap).forEach(name -> open(store, name));
        return store;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = ENCODED.get().clear();
        try {
            BsonEncoder.encodeDocument(document, encoded);
        } catch (RuntimeException notBson) {
            JAVA_SERIALISED.write(buffer, document);
            return;
        }
        buffer.put(BSON);
        buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), encoded.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != BSON) {
            return (Document) JAVA_SERIALISED.read(buffer);
        }
        int bsonStart = start + 1;
        // A BSON document starts with its own length, a little-endian int32 (ByteBuffers read big-endian).
        int length = Integer.reverseBytes(buffer.getInt(bsonStart));
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.duplicate().position(bsonStart).limit(bsonStart + length));
        buffer.position(bsonStart + length);
        return BsonDecoder.decodeBson(bson);
    }

    /** About the document's BSON size: what H2 counts against a page's size and the cache's. */
    @Override
    public int getMemory(Document document) {
        return estimatedSize(document);
    }

    private static int estimatedSize(Object value) {
        if (value instanceof Map<?, ?> fields) {
            int size = 5;
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                size += 2 + String.valueOf(field.getKey()).length() + estimatedSize(field.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> elements) {
            int size = 5;
            for (Object element : elements) {
                size += 4 + estimatedSize(element);
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return 5 + text.length();
        }
        return 12;
    }

    /** Documents are never ordered, only told apart (H2 asks when a value is replaced only if it is unchanged). */
    @Override
    public int compare(Document a, Document b) {
        return Objects.equals(a, b) ? 0 : 1;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
