package uk.wmpathways.benchmarks;

import uk.wmpathways.caseservice.api.identity.DateVariants;
import uk.wmpathways.caseservice.api.identity.PersonDetails;
import uk.wmpathways.caseservice.api.identity.PersonMatcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The duplicate matcher's time for one query against N participants (default 60,000), pure and in memory: every
 * participant scored (a full scan), and only those whose date of birth a slip could give (blocking on
 * {@link DateVariants}, as the query handler fetches them). Generated people with common names, so that many
 * share a name; each query is a known person with a typo, a short form or a transposed date. Prints medians and
 * 95th percentiles. {@code java -jar pathways-benchmarks.jar duplicates [participants] [queries]}.
 */
final class DuplicateMatcherBenchmark {

    private static final String[] GIVEN = {"John", "William", "Elizabeth", "Mohammed", "Sarah", "James", "Mary",
            "David", "Aisha", "Robert", "Margaret", "Thomas", "Priya", "Michael", "Emma", "Daniel", "Grace", "Jack",
            "Olivia", "Harry", "Sophie", "Liam", "Chloe", "Yusuf", "Hannah", "Kwame", "Lucy", "Peter", "Jean"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Khan", "Begum", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green",
            "Hall", "Clarke", "Ali", "Hussain", "O'Brien", "Murphy", "Kelly", "Okafor", "Mensah", "Singh", "Cox"};

    private DuplicateMatcherBenchmark() {
    }

    public static void main(String[] args) {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Random random = new Random(13);
        List<PersonDetails> people = new ArrayList<>(participants);
        Map<LocalDate, List<PersonDetails>> byBirth = new HashMap<>();
        for (int i = 0; i < participants; i++) {
            PersonDetails person = new PersonDetails(pick(GIVEN, random), pick(FAMILY, random) + suffix(i),
                    LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365)), null, null, null);
            people.add(person);
            byBirth.computeIfAbsent(person.dateOfBirth(), date -> new ArrayList<>()).add(person);
        }
        List<PersonDetails> asked = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            PersonDetails known = people.get(random.nextInt(participants));
            asked.add(new PersonDetails(known.givenName().toUpperCase(), known.familyName() + "e",
                    known.dateOfBirth().plusDays(i % 3 == 0 ? 1 : 0), null, null, null));
        }
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            run(asked.subList(0, Math.min(10, queries)), people, byBirth);
        }
        long[][] timings = run(asked, people, byBirth);
        System.out.printf("Duplicate matcher, %,d participants, %,d queries (pure, in memory, one thread)%n",
                participants, queries);
        print("full scan (every participant scored)", timings[0]);
        print("blocked on date-of-birth variants", timings[1]);
        System.out.printf("likely matches found: full scan %,d, blocked %,d%n", timings[2][0], timings[2][1]);
    }

    /** Names repeat often (29 x 29 common names) but not always: a few letters in a tenth of the people. */
    private static String suffix(int i) {
        return i % 10 == 0 ? "-" + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26) : "";
    }

    private static String pick(String[] names, Random random) {
        return names[random.nextInt(names.length)];
    }

    private static long[][] run(List<PersonDetails> asked, List<PersonDetails> people,
                                Map<LocalDate, List<PersonDetails>> byBirth) {
        long[] scan = new long[asked.size()];
        long[] blocked = new long[asked.size()];
        long foundScanning = 0;
        long foundBlocked = 0;
        for (int i = 0; i < asked.size(); i++) {
            PersonDetails query = asked.get(i);
            long start = System.nanoTime();
            for (PersonDetails person : people) {
                foundScanning += PersonMatcher.compare(query, person).likely() ? 1 : 0;
            }
            scan[i] = System.nanoTime() - start;
            start = System.nanoTime();
            for (LocalDate variant : DateVariants.of(query.dateOfBirth())) {
                for (PersonDetails person : byBirth.getOrDefault(variant, List.of())) {
                    foundBlocked += PersonMatcher.compare(query, person).likely() ? 1 : 0;
                }
            }
            blocked[i] = System.nanoTime() - start;
        }
        return new long[][] {scan, blocked, {foundScanning, foundBlocked}};
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-40s median %8.3f ms, 95th percentile %8.3f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }
}
