package uk.wmpathways.infra.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * The embedded default's master key: a file beside the data file, made at the first start and readable by the
 * application's user only. Production gives the key from a secret store instead ({@link PersonalDataProperties}).
 */
final class MasterKeyFile {

    private MasterKeyFile() {
    }

    static MasterKey beside(Path dataFile) {
        Path keyFile = dataFile.toAbsolutePath().resolveSibling(dataFile.getFileName() + ".personal-data-key");
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                byte[] raw = new byte[32];
                new java.security.SecureRandom().nextBytes(raw);
                try {
                    boolean posix = keyFile.getFileSystem().supportedFileAttributeViews().contains("posix");
                    if (posix) {
                        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(keyFile);
                    }
                    Files.writeString(keyFile, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another start made it first: read theirs
                }
            }
            return MasterKey.fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the personal data master key file", e);
        }
    }
}
