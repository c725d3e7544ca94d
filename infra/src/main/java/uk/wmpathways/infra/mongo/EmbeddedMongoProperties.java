package uk.wmpathways.infra.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB that runs when no {@code spring.data.mongodb.uri} is set.
 *
 * @param storage  {@code file} keeps data in {@link #file} across restarts; {@code memory} is for tests
 * @param file     the H2 MVStore file that holds every collection
 * @param database the database the application uses
 * @param durability {@code journaled}: a write sent with {@code j:true} or {@code w:"majority"} (every write of
 *                   this application) survives a crash once acknowledged: it is in a write-ahead log beside the
 *                   file, which is committed once a second; {@code commit-per-write}: the same promise kept by
 *                   committing the file before each such write is acknowledged (slower, larger file: the way
 *                   before the log, kept for comparison); {@code periodic}: writes
 *                   reach the file within a second (mongo-java-server's own behaviour; faster, and a crash
 *                   loses the last second)
 */
@ConfigurationProperties(prefix = "pathways.embedded-mongo")
public record EmbeddedMongoProperties(Storage storage, String file, String database, Durability durability) {

    public enum Storage { FILE, MEMORY }

    public enum Durability { JOURNALED, COMMIT_PER_WRITE, PERIODIC }

    public EmbeddedMongoProperties {
        storage = storage == null ? Storage.FILE : storage;
        file = file == null || file.isBlank() ? "./data/pathways.mv" : file;
        database = database == null || database.isBlank() ? "pathways" : database;
        durability = durability == null ? Durability.JOURNALED : durability;
    }
}
