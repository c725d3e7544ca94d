package uk.wmpathways.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code pathways.aggregate-cache.*}: see {@link AggregateCache}. {@code entries} per aggregate type (0 turns the
 * cache off); {@code keepFor} after an aggregate's last command; {@code checkStore} is decided when not set: off
 * with the embedded server, which only this process can write, and on with a MongoDB that other instances may
 * share.
 */
@ConfigurationProperties(prefix = "pathways.aggregate-cache")
public record AggregateCacheProperties(Long entries, Duration keepFor, Boolean checkStore) {

    public long entriesOrDefault() {
        return entries == null ? 10_000 : entries;
    }

    public Duration keepForOrDefault() {
        return keepFor == null ? Duration.ofSeconds(60) : keepFor;
    }
}
