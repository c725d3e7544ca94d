package uk.wmpathways.infra.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the embedded MongoDB's file readable by the application's own user only: the folder 700 and the file
 * 600, created that way and set so at every start when they were wider (a file copied in, an older version, a
 * lax umask). The file holds every record, password hashes included.
 * <p>
 * A folder that already existed is tightened only when nothing but the store is in it: the file may be
 * configured into a folder that is not the application's own (a home folder, {@code /tmp}), whose permissions
 * are not ours to change. The log then says so, and the file itself is still made 600.
 * On a file system without POSIX permissions (Windows) nothing is changed.
 */
final class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /** Creates the file's folder and the (empty) file if missing, and makes both private to this user. */
    static void prepare(Path file) {
        Path folder = file.getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!posix) {
                Files.createDirectories(folder);
                return;
            }
            if (Files.isDirectory(folder)) {
                tightenExistingFolder(folder, file);
            } else {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(folder, FOLDER); // whatever the umask did
            }
            try {
                // MVStore would create the file with the umask's permissions; an empty file is a new store to it.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException existing) {
                if (!Files.getPosixFilePermissions(file).equals(FILE)) {
                    log.warn("The embedded MongoDB file {} could be read or written by other users: now 600", file);
                }
            }
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MongoDB data folder " + folder, e);
        }
    }

    private static void tightenExistingFolder(Path folder, Path file) throws IOException {
        if (Files.getPosixFilePermissions(folder).equals(FOLDER)) {
            return;
        }
        if (holdsOnlyTheStore(folder, file)) {
            log.warn("The embedded MongoDB data folder {} could be read by other users: now 700", folder);
            Files.setPosixFilePermissions(folder, FOLDER);
        } else {
            log.warn("The embedded MongoDB data folder {} holds other files and can be read by other users; its"
                    + " permissions are left as they are. Keep the data file in a folder of its own.", folder);
        }
    }

    /** Nothing in the folder but the store's file (and MVStore's companions, named after it). */
    private static boolean holdsOnlyTheStore(Path folder, Path file) throws IOException {
        String name = file.getFileName().toString();
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> entry.getFileName().toString().startsWith(name));
        }
    }
}
