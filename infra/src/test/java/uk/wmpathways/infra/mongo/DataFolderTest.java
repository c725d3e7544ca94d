package uk.wmpathways.infra.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The data folder and file are the application user's only: created so, and made so when found wider. */
class DataFolderTest {

    @TempDir
    Path temp;

    @BeforeEach
    void onPosixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewStoreIsCreatedPrivateAndOpensAndKeepsItsData() {
        Path file = temp.resolve("data").resolve("pathways.mv");
        EmbeddedMongoServer server = new EmbeddedMongoServer(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.FILE, file.toString(), "pathways", null));
        try (var client = com.mongodb.client.MongoClients.create(server.connectionString())) {
            client.getDatabase("pathways").getCollection("probe").insertOne(new org.bson.Document("_id", 1));
        } finally {
            server.close();
        }
        assertThat(permissionsOf(file.getParent())).isEqualTo("rwx------");
        assertThat(permissionsOf(file)).isEqualTo("rw-------");
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void aFolderAndFileFoundReadableByOthersAreTightenedAtStart() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.createFile(folder.resolve("pathways.mv"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        DataFolder.prepare(file);

        assertThat(permissionsOf(folder)).isEqualTo("rwx------");
        assertThat(permissionsOf(file)).isEqualTo("rw-------");
    }

    @Test
    void aSharedFolderIsLeftAloneButTheFileIsStillMadePrivate() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("home"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(folder.resolve("notes.txt"), "someone else's file");
        Path file = folder.resolve("pathways.mv");

        DataFolder.prepare(file);

        assertThat(permissionsOf(folder)).isEqualTo("rwxr-xr-x");
        assertThat(permissionsOf(file)).isEqualTo("rw-------");
    }

    private static String permissionsOf(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
