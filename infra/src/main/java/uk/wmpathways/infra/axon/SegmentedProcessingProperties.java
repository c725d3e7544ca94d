package uk.wmpathways.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code pathways.processing.segments.<processing group>=n}: the tracking processors split into n segments (one
 * segment when not named). Only a group marked {@link SplittablePerAggregate} may be named.
 */
@ConfigurationProperties(prefix = "pathways.processing")
public record SegmentedProcessingProperties(Map<String, Integer> segments) {

    /** More segments than this buys nothing on any deployment we size for (docs/sizing.md) and costs a thread each. */
    static final int MOST_SEGMENTS = 32;

    public SegmentedProcessingProperties {
        segments = segments == null ? Map.of() : Map.copyOf(segments);
    }

    /** The groups split into more than one segment, with their counts. */
    public Map<String, Integer> split() {
        Map<String, Integer> split = new TreeMap<>();
        segments.forEach((group, count) -> {
            if (count == null || count < 1 || count > MOST_SEGMENTS) {
                throw new IllegalStateException("pathways.processing.segments." + group + " must be between 1 and "
                        + MOST_SEGMENTS + ", not " + count);
            }
            if (count > 1) {
                split.put(group, count);
            }
        });
        return split;
    }
}
