package uk.wmpathways.caseservice.participant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;

import java.nio.file.Path;

/**
 * Where the erasure journal is kept: {@code pathways.erasure-journal.file} if given (in production a path on a
 * volume that database restores do not overwrite); with the embedded database's file, beside it; with the
 * in-memory one, in memory. An external database without a journal file starts, with a warning: a restored
 * backup would then bring back records erased after it was taken.
 */
@Configuration
class ErasureJournalConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ErasureJournalConfiguration.class);
    static final String SUFFIX = ".erasure-journal";

    @Bean
    ErasureJournal erasureJournal(@Value("${pathways.erasure-journal.file:}") String configured,
                                  ObjectProvider<EmbeddedMongoProperties> embedded) {
        if (!configured.isBlank()) {
            return ErasureJournal.inFile(Path.of(configured));
        }
        EmbeddedMongoProperties local = embedded.getIfAvailable();
        if (local == null) {
            log.warn("No erasure journal file (pathways.erasure-journal.file): restoring a database backup would"
                    + " bring back records erased after the backup was taken");
            return ErasureJournal.inMemory();
        }
        return local.storage() == EmbeddedMongoProperties.Storage.MEMORY
                ? ErasureJournal.inMemory()
                : ErasureJournal.inFile(Path.of(local.file() + SUFFIX));
    }
}
