package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

/**
 * How a unique index's key (mongo-java-server's {@link KeyValue}) is written into the data file: {@link
 * BsonDocumentType#BSON}, the number of values, then each value as a BSON type byte and value, with
 * mongo-java-server's own encoder. H2 wrote it with Java serialisation (about 150 bytes for a key of one string,
 * most of it class descriptors), and a checkpoint or a compaction rewrites whole pages of them.
 * <p>
 * Only keys whose every value is of a type that BSON gives back as it was are written so; any other key (a
 * document or an array in a key, rare) is left to H2 as before, and so are keys already in the file.
 */
final class IndexKeyFormat {

    private static final ThreadLocal<ByteBuf> ENCODED = ThreadLocal.withInitial(() -> Unpooled.buffer(256));

    private IndexKeyFormat() {
    }

    /**
     * Writes {@code key} when every value is one that BSON gives back as it was, in one pass over its values, and
     * says so; otherwise writes nothing and answers false.
     */
    static boolean tryWrite(WriteBuffer buffer, Object key) {
        if (!(key instanceof KeyValue values)) {
            return false;
        }
        ByteBuf encoded = ENCODED.get().clear();
        for (Object value : values) {
            if (!roundTrips(value)) {
                return false;
            }
            byte type = BsonEncoder.determineType(value);
            encoded.writeByte(type);
            BsonEncoder.encodeValue(type, value, encoded);
        }
        buffer.put(BsonDocumentType.BSON).putVarInt(values.size())
                .put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), encoded.readableBytes());
        return true;
    }

    private static boolean roundTrips(Object value) {
        if (value instanceof Instant instant) {
            return instant.getNano() % 1_000_000 == 0; // a BSON date keeps milliseconds only
        }
        return value == null || value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Double || value instanceof Boolean || value instanceof UUID
                || value instanceof ObjectId;
    }

    static boolean isWritten(ByteBuffer buffer) {
        return buffer.get(buffer.position()) == BsonDocumentType.BSON;
    }

    /** Reads a key written by {@link #write}, leaving the buffer after it. */
    static KeyValue read(ByteBuffer buffer) {
        buffer.get();
        Object[] values = new Object[DataUtils.readVarInt(buffer)];
        ByteBuf encoded = Unpooled.wrappedBuffer(buffer.duplicate());
        for (int i = 0; i < values.length; i++) {
            values[i] = BsonDecoder.decodeValue(encoded.readByte(), encoded);
        }
        buffer.position(buffer.position() + encoded.readerIndex());
        return new KeyValue(values);
    }

    /** About the key's size in memory, for H2's page and cache sizes. */
    static int estimatedSize(KeyValue key) {
        int size = 24;
        for (Object value : key) {
            size += 16 + (value instanceof String text ? 2 * text.length() : 16);
        }
        return size;
    }
}
