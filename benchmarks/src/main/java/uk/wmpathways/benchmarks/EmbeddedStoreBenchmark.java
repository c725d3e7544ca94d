package uk.wmpathways.benchmarks;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties.Durability;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The embedded store alone, without the application: journaled single-document inserts of an event-sized
 * document (1 KB) with 1 and 8 clients, and the file's size per 10,000 of them, for each durability, the three
 * interleaved over several rounds so that a busy machine affects them alike. Quick (seconds per round).
 * Run: {@code java -jar benchmarks/target/pathways-benchmarks.jar embedded-store [rounds] [inserts]}
 */
public final class EmbeddedStoreBenchmark {

    private static final String PAYLOAD = "x".repeat(900);
    private static final List<Durability> DURABILITIES = List.of(Durability.JOURNALED, Durability.COMMIT_PER_WRITE,
            Durability.PERIODIC);

    private EmbeddedStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int inserts = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        System.out.printf("Embedded store: %d rounds of %,d journaled inserts (1 KB) per client count%n", rounds, inserts);
        System.out.println("| round | durability | inserts/s, 1 client | inserts/s, 8 clients | file MB per 10k inserts |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            for (Durability durability : DURABILITIES) {
                double[] figures = run(durability, inserts);
                System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.0f | %.1f |%n", round,
                        durability.name().toLowerCase(Locale.ROOT), figures[0], figures[1], figures[2]);
            }
        }
        System.exit(0);
    }

    private static double[] run(Durability durability, int inserts) throws Exception {
        Path folder = Files.createTempDirectory("pathways-store-benchmark");
        Path file = folder.resolve("pathways.mv");
        try {
            EmbeddedMongoServer server = new EmbeddedMongoServer(new EmbeddedMongoProperties(
                    EmbeddedMongoProperties.Storage.FILE, file.toString(), "bench", durability));
            double one;
            double many;
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> collection = client.getDatabase("bench").getCollection("raw")
                        .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
                insert(collection, inserts / 10, 1); // warm-up
                one = insert(collection, inserts, 1);
                many = insert(collection, inserts, 8);
            } finally {
                server.close();
            }
            long bytes = Files.size(file) + (Files.exists(Path.of(file + ".wal")) ? Files.size(Path.of(file + ".wal")) : 0);
            double perTenThousand = bytes / 1024.0 / 1024.0 * 10_000 / (inserts * 2 + inserts / 10);
            return new double[] {one, many, perTenThousand};
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static double insert(MongoCollection<Document> collection, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong remaining = new AtomicLong(count);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    collection.insertOne(new Document("payload", PAYLOAD));
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
