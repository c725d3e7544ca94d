package uk.wmpathways.infra.personaldata;

import javax.crypto.SecretKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys and streams' subjects recently used, so that replaying a projection does not read the key store once per
 * event. A key is kept for at most {@value #KEY_TTL_MILLIS} ms: another instance that destroys a key is followed
 * within that time. An erasure is never undone, so erased subjects and streams' subjects are kept.
 */
final class KeyCache {

    static final long KEY_TTL_MILLIS = 60_000;
    private static final int MAX_ENTRIES = 20_000;

    private record Cached(SecretKey key, long loadedAt) {
    }

    private final Map<String, Cached> keys = lru();
    private final Map<String, String> streamSubjects = lru();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();

    synchronized SecretKey key(String subject) {
        Cached cached = keys.get(subject);
        if (cached == null || System.currentTimeMillis() - cached.loadedAt() > KEY_TTL_MILLIS) {
            keys.remove(subject);
            return null;
        }
        return cached.key();
    }

    synchronized void put(String subject, SecretKey key) {
        keys.put(subject, new Cached(key, System.currentTimeMillis()));
    }

    synchronized void erased(String subject) {
        keys.remove(subject);
        erased.add(subject);
    }

    boolean isErased(String subject) {
        return erased.contains(subject);
    }

    synchronized String subjectOfStream(String streamId) {
        return streamSubjects.get(streamId);
    }

    synchronized void putStream(String streamId, String subject) {
        streamSubjects.put(streamId, subject);
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }
}
