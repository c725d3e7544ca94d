package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The embedded server's write commands since the data file was last committed, in the order they were applied:
 * appending a record is one small write, where committing the MVStore writes a whole chunk (most of the file's
 * growth and most of a journaled write's time). A record that has been written is in the operating system's
 * cache and survives the process being killed; the file itself is forced to disk at every checkpoint.
 * <p>
 * Layout: a header (magic, generation) and records (length, CRC-32, BSON of {database, command, query}). The
 * generation ties the log to the data file: a checkpoint commits the data file with generation g + 1 and then
 * starts an empty log of g + 1, so a log whose generation is older than the data file's is already in it. A
 * record cut short by a crash fails its CRC and ends the log: it was never acknowledged.
 */
final class WriteAheadLog implements AutoCloseable {

    record Entry(String database, String command, Document query) {
    }

    private static final long MAGIC = 0x5061746877616c31L; // "Pathwal1"
    private static final int HEADER_BYTES = Long.BYTES + Long.BYTES;
    private static final int RECORD_HEADER_BYTES = Integer.BYTES + Integer.BYTES;

    private final Path file;
    private final FileChannel channel;

    WriteAheadLog(Path file) {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the embedded MongoDB write-ahead log", e);
        }
    }

    static Path beside(Path dataFile) {
        return dataFile.resolveSibling(dataFile.getFileName() + ".wal");
    }

    /** The records written after the data file's last checkpoint {@code committedGeneration}, in order. */
    synchronized List<Entry> entriesAfter(long committedGeneration) {
        try {
            if (channel.size() < HEADER_BYTES) {
                return List.of();
            }
            ByteBuffer header = read(0, HEADER_BYTES);
            if (header.getLong() != MAGIC || header.getLong() != committedGeneration) {
                return List.of();
            }
            List<Entry> entries = new ArrayList<>();
            long position = HEADER_BYTES;
            while (position + RECORD_HEADER_BYTES <= channel.size()) {
                ByteBuffer recordHeader = read(position, RECORD_HEADER_BYTES);
                int length = recordHeader.getInt();
                int crc = recordHeader.getInt();
                if (length <= 0 || position + RECORD_HEADER_BYTES + length > channel.size()) {
                    break;
                }
                ByteBuffer body = read(position + RECORD_HEADER_BYTES, length);
                if (crc(body.duplicate()) != crc) {
                    break;
                }
                entries.add(decode(Unpooled.wrappedBuffer(body)));
                position += RECORD_HEADER_BYTES + length;
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded MongoDB write-ahead log", e);
        }
    }

    /** Appends one write command; when this returns, the record survives the process being killed. */
    synchronized void append(String database, String command, Document query) {
        ByteBuf body = Unpooled.buffer(256);
        try {
            Document entry = new Document("d", database).append("c", command).append("q", query);
            BsonEncoder.encodeDocument(entry, body);
            ByteBuffer bytes = body.nioBuffer();
            ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER_BYTES + bytes.remaining());
            record.putInt(bytes.remaining()).putInt(crc(bytes.duplicate())).put(bytes).flip();
            while (record.hasRemaining()) {
                channel.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the embedded MongoDB write-ahead log", e);
        } finally {
            body.release();
        }
    }

    /** Empties the log and starts generation {@code generation}; the data file must hold every record first. */
    synchronized void restart(long generation) {
        try {
            channel.truncate(0);
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putLong(MAGIC).putLong(generation).flip();
            channel.write(header, 0);
            channel.position(HEADER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restart the embedded MongoDB write-ahead log", e);
        }
    }

    synchronized long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("Unexpected end of " + file.getFileName());
            }
        }
        return buffer.flip();
    }

    private static int crc(ByteBuffer bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static Entry decode(ByteBuf body) {
        Document entry = BsonDecoder.decodeBson(body);
        return new Entry((String) entry.get("d"), (String) entry.get("c"), (Document) entry.get("q"));
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
