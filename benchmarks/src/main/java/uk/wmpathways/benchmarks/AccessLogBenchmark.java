package uk.wmpathways.benchmarks;

import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * What recording a look costs: a read of one person's document by id, alone and followed by its access log
 * entry (hash chain included), and, for scale, a plain insert of one document; in the same run, on the store the
 * application uses by default (the embedded journaled file, here {@code ./data/benchmark-access-log.mv}),
 * interleaved in rounds so that a noisy machine slows each the same. Prints the median of the rounds per
 * operation and the ratios. Run: {@code java -jar pathways-benchmarks.jar access-log}.
 */
@SpringBootApplication(scanBasePackages = "uk.wmpathways.benchmarks.none")
public class AccessLogBenchmark {

    private static final int PEOPLE = 10_000;
    private static final int OPERATIONS = 2_000;
    private static final int ROUNDS = 7;

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.add("--pathways.embedded-mongo.file=./data/benchmark-access-log.mv");
        arguments.add("--spring.main.web-application-type=none");
        arguments.add("--axon.eventhandling.processors.participants.mode=subscribing");
        try (ConfigurableApplicationContext app = SpringApplication.run(AccessLogBenchmark.class,
                arguments.toArray(String[]::new))) {
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            AccessLog log = app.getBean(AccessLog.class);
            run(mongo, log);
        }
    }

    private static void run(MongoTemplate mongo, AccessLog log) {
        mongo.dropCollection("benchmark_people");
        mongo.dropCollection("benchmark_inserts");
        List<Document> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new Document("_id", "p-" + i).append("givenName", "Test").append("familyName", "Person" + i));
        }
        mongo.getCollection("benchmark_people").insertMany(people);
        Caller caller = Caller.person("benchmark", Set.of(Role.CASEWORKER), "DEMO-SUPPORT",
                "API GET /api/participants/{id}");
        SplittableRandom random = new SplittableRandom(42);
        IntConsumer read = i -> mongo.findById("p-" + random.nextInt(PEOPLE), Document.class, "benchmark_people");
        IntConsumer readAndLog = i -> {
            String id = "p-" + random.nextInt(PEOPLE);
            mongo.findById(id, Document.class, "benchmark_people");
            log.record(caller, AccessAction.VIEW_PARTICIPANT, AccessPurpose.OWN_ORGANISATION, List.of(id), null);
        };
        int[] inserted = {0};
        IntConsumer insert = i -> mongo.getCollection("benchmark_inserts")
                .insertOne(new Document("_id", inserted[0]++).append("participantIds", List.of("p-" + i)));

        time(read, 500);
        time(readAndLog, 500);
        time(insert, 500);
        double[] reads = new double[ROUNDS];
        double[] logged = new double[ROUNDS];
        double[] inserts = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            reads[round] = time(read, OPERATIONS);
            logged[round] = time(readAndLog, OPERATIONS);
            inserts[round] = time(insert, OPERATIONS);
        }
        double readMedian = median(reads);
        double loggedMedian = median(logged);
        double insertMedian = median(inserts);
        System.out.printf(Locale.ROOT, "Access log cost, %d rounds of %,d operations, %d cores (median µs per op)%n",
                ROUNDS, OPERATIONS, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "| read by id | read + access log entry | log cost per read | ratio | "
                + "plain insert (baseline) | log entry / insert |%n|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %.0f | %.0f | %.0f | %.2f | %.0f | %.2f |%n", readMedian, loggedMedian,
                loggedMedian - readMedian, loggedMedian / readMedian, insertMedian,
                (loggedMedian - readMedian) / insertMedian);
        System.out.printf(Locale.ROOT, "Access log intact after the run: %s%n",
                log.firstBrokenEntry().isEmpty() ? "yes" : "NO");
    }

    /** Microseconds per operation. */
    private static double time(IntConsumer operation, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            operation.accept(i);
        }
        return (System.nanoTime() - start) / 1_000.0 / count;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
