package uk.wmpathways.infra.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masterKey  base64 of the 32-byte key that wraps every person's key; required with an external MongoDB
 *                   (give it from a secret store, never in a file beside the database's backups)
 * @param encryption {@code false} stores personal data in plain text: only for benchmarks that measure what
 *                   encryption costs; erasure then cannot be honoured
 */
@ConfigurationProperties(prefix = "pathways.personal-data")
public record PersonalDataProperties(String masterKey, Boolean encryption) {

    public PersonalDataProperties {
        encryption = encryption == null ? Boolean.TRUE : encryption;
    }
}
