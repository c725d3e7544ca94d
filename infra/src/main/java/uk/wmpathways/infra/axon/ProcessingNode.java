package uk.wmpathways.infra.axon;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This application instance as other instances sharing the MongoDB see it: the owner of its claims in the token
 * store, and of its heartbeat in {@link SegmentShares}. Axon's default owner name (pid@host) is shared by two
 * application contexts in one JVM, which would both believe they hold a claim: each context gets a name of its
 * own.
 */
public record ProcessingNode(String id) {

    public static ProcessingNode ofThisInstance() {
        return new ProcessingNode(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }
}
