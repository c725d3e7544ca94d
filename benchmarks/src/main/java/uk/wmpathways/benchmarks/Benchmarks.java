package uk.wmpathways.benchmarks;

import java.util.Arrays;

/**
 * The benchmarks jar: {@code java -jar pathways-benchmarks.jar [arguments]} runs {@link EventStoreBenchmark};
 * {@code java -jar pathways-benchmarks.jar demo-data [arguments]} runs {@link DemoDataBenchmark};
 * {@code java -jar pathways-benchmarks.jar access-log [arguments]} runs {@link AccessLogBenchmark};
 * {@code java -jar pathways-benchmarks.jar duplicates [arguments]} runs {@link DuplicateMatcherBenchmark};
 * {@code java -jar pathways-benchmarks.jar embedded-store [arguments]} runs {@link EmbeddedStoreBenchmark}.
 * {@code java -jar pathways-benchmarks.jar gp-referrals [arguments]} runs {@link GpReferralAcknowledgementBenchmark}
 * against a running application.
 * {@code java -jar pathways-benchmarks.jar replay [arguments]} runs {@link ReplayBenchmark}.
 * {@code java -jar pathways-benchmarks.jar summary [arguments]} runs the ones issue 15 asks for, each in a JVM of its
 * own, and prints their figures beside the figures before and the goals ({@link SummaryBenchmark}).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("duplicates")) {
            DuplicateMatcherBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("access-log")) {
            AccessLogBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("gp-referrals")) {
            GpReferralAcknowledgementBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("replay")) {
            ReplayBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("embedded-store")) {
            EmbeddedStoreBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("summary")) {
            SummaryBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("demo-data")) {
            DemoDataBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            EventStoreBenchmark.main(args);
        }
    }
}
