package uk.wmpathways.caseservice.participant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ParticipantErased;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every erasure, kept outside the database (a file of JSON lines, forced to disk before the erasure completes), so
 * that erasures made after a backup was taken are made again when that backup is restored
 * ({@link ErasureJournalReplay}). It holds record ids, grounds and dates: no personal data.
 * Without a file (an in-memory database, or none configured) it lasts as long as the application.
 */
public class ErasureJournal {

    private static final Logger log = LoggerFactory.getLogger(ErasureJournal.class);
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** One erasure as the journal keeps it. */
    public record Entry(String participantId, ErasureGround ground, String erasedBy, Instant erasedAt) {

        static Entry of(ParticipantErased erased) {
            return new Entry(erased.participantId(), erased.ground(), erased.erasedBy(), erased.erasedAt());
        }
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    private ErasureJournal(Path file) {
        this.file = file;
    }

    public static ErasureJournal inMemory() {
        return new ErasureJournal(null);
    }

    public static ErasureJournal inFile(Path file) {
        ErasureJournal journal = new ErasureJournal(file);
        journal.entries.addAll(read(file));
        endWithANewLine(file);
        return journal;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Records the erasure once (the same record erased again records nothing), on disk before it returns. */
    public synchronized void record(ParticipantErased erased) {
        if (entries.stream().anyMatch(entry -> entry.participantId().equals(erased.participantId()))) {
            return;
        }
        Entry entry = Entry.of(erased);
        if (file != null) {
            append(entry);
        }
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    private void append(Entry entry) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            createOwnerOnly(file);
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The erasure journal could not be written", e);
        }
    }

    /** Readable by the application's own user only, like the data file beside it (where the system allows). */
    private static void createOwnerOnly(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** After a line cut short, the next entry starts a line of its own. */
    private static void endWithANewLine(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    channel.read(last, channel.size() - 1);
                    if (last.get(0) != '\n') {
                        channel.write(ByteBuffer.wrap(new byte[]{'\n'}), channel.size());
                        channel.force(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The erasure journal could not be opened", e);
        }
    }

    private static List<Entry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Entry> read = new ArrayList<>();
        try {
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    read.add(JSON.readValue(line, Entry.class));
                } catch (IOException unreadable) {
                    // A line cut short by a crash while it was written: the erasure it began did not complete.
                    log.warn("Erasure journal: line {} is unreadable and was skipped", lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The erasure journal could not be read", e);
        }
        return read;
    }
}
