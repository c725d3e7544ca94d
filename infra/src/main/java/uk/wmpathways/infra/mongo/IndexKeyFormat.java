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
import java.util.Set;
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

    private static final Set<Class<?>> ROUND_TRIPS = Set.of(String.class, Long.class, Integer.class, Double.class,
            Boolean.class, Instant.class, UUID.class, ObjectId.class);
    private static final ThreadLocal<ByteBuf> ENCODED = ThreadLocal.withInitial(() -> Unpooled.buffer(256));

    private IndexKeyFormat() {
    }

    static boolean canWrite(Object key) {
        if (!(key instanceof KeyValue values)) {
            return false;
        }
        for (Object value : values) {
            if (value != null && !ROUND_TRIPS.contains(value.getClass())) {
                return false;
            }
            if (value instanceof Instant instant && instant.getNano() % 1_000_000 != 0) {
                return false; // a BSON date keeps milliseconds only
            }
        }
        return true;
    }

    /** Writes a key for which {@link #canWrite} holds. */
    static void write(WriteBuffer buffer, KeyValue key) {
        ByteBuf encoded = ENCODED.get().clear();
        for (Object value : key) {
            byte type = BsonEncoder.determineType(value);
            encoded.writeByte(type);
            BsonEncoder.encodeValue(type, value, encoded);
        }
        buffer.put(BsonDocumentType.BSON).putVarInt(key.size())
                .put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), encoded.readableBytes());
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
