package uk.wmpathways.infra.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB that runs when no {@code spring.data.mongodb.uri} is set.
 *
 * @param storage  {@code file} keeps data in {@link #file} across restarts; {@code memory} is for tests
 * @param file     the H2 MVStore file that holds every collection
 * @param database the database the application uses
 */
@ConfigurationProperties(prefix = "pathways.embedded-mongo")
public record EmbeddedMongoProperties(Storage storage, String file, String database) {

    public enum Storage { FILE, MEMORY }

    public EmbeddedMongoProperties {
        storage = storage == null ? Storage.FILE : storage;
        file = file == null || file.isBlank() ? "./data/pathways.mv" : file;
        database = database == null || database.isBlank() ? "pathways" : database;
    }
}
