package uk.wmpathways.benchmarks;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's ceiling for the command path: single-document inserts of an event-sized document (about 1 KB) into
 * a collection of their own, journaled ({@code j:true}, as the event store appends) with one client and with
 * several, and with {@code w:1} (the file committed within a second) with one client.
 */
record RawInserts(double journaledOne, double journaledMany, double periodicOne) {

    private static final int INSERTS = 1_000;
    private static final String PAYLOAD = "x".repeat(900);
    private static final AtomicLong NEXT = new AtomicLong();

    static RawInserts measure(MongoTemplate mongo, int clients) throws Exception {
        MongoCollection<Document> raw = mongo.getCollection("benchmark_raw_inserts");
        MongoCollection<Document> journaled = raw.withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        MongoCollection<Document> periodic = raw.withWriteConcern(WriteConcern.W1);
        insert(journaled, INSERTS / 5, 1); // warm-up
        return new RawInserts(insert(journaled, INSERTS, 1), insert(journaled, INSERTS, clients),
                insert(periodic, INSERTS, 1));
    }

    private static double insert(MongoCollection<Document> collection, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong remaining = new AtomicLong(count);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    collection.insertOne(new Document("_id", NEXT.incrementAndGet()).append("payload", PAYLOAD));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
