package uk.wmpathways.infra.mongo;

import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Old versions of a rewritten document stay in the embedded data file's freed chunks until they happen to be
 * overwritten, and MVStore cannot wipe them in place. After an erasure or the sealing of old plain-text events
 * the file is therefore copied, live data only, into a new file that replaces it, at the next start (before the
 * store is opened): a marker file beside it asks for that.
 */
final class DataFileScrub {

    private static final Logger log = LoggerFactory.getLogger(DataFileScrub.class);

    private DataFileScrub() {
    }

    static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + ".scrub");
    }

    static void request(Path file) {
        try {
            if (!Files.exists(marker(file))) {
                Files.createFile(marker(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot ask for the data file to be scrubbed at the next start", e);
        }
    }

    /** Copies the live data to a new file that replaces the old one, if asked to; the file must be closed. */
    static void runIfRequested(Path file) {
        if (!Files.exists(marker(file))) {
            return;
        }
        try {
            if (Files.size(file) > 0) {
                long before = Files.size(file);
                MVStoreTool.compact(file.toString(), true); // compressed, as the store writes it
                log.info("Embedded MongoDB data file rewritten with its live data only ({} bytes, was {})",
                        Files.size(file), before);
            }
            Files.delete(marker(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scrub the embedded MongoDB data file", e);
        }
    }
}
