package uk.wmpathways.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The acknowledgement time of a GP referral, as a practice system sees it: N valid referral messages sent one after
 * the other to {@code POST /fhir/$process-message} of a running application, each with a new bundle id and
 * X-Request-ID (so each is a new referral, recorded), timed from sending to the whole 200 answer. Prints the median,
 * the 95th percentile and the share under 2.1 s (the BaRS target: 90% of acknowledgements within 2.1 s).
 * <p>
 * It signs in as a GP referrer of the example bundles' practice (Y90001): an account it creates through the
 * administrators' API ({@code --admin=admin:demo-pass-1}, the embedded demo's administrator, exempt from
 * one-time codes there), choosing the account's own password at once, or one given with
 * {@code --gp=username:password}. The demo users are left as they are.
 * <pre>
 * java -jar benchmarks/target/pathways-benchmarks.jar gp-referrals --url=http://localhost:9095 \
 *     --admin=admin:demo-pass-1 --count=100 --warm-up=10
 * </pre>
 */
final class GpReferralAcknowledgementBenchmark {

    static final double BARS_TARGET_SECONDS = 2.1;
    private static final String PRACTICE = "Y90001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;

    private GpReferralAcknowledgementBenchmark(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        int count = Integer.parseInt(options.getOrDefault("count", "100"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "10"));
        Path bundle = Path.of(options.getOrDefault("bundle",
                "gp-referrals/src/test/resources/bundles/valid-verified-nhs-number.json"));
        GpReferralAcknowledgementBenchmark benchmark = new GpReferralAcknowledgementBenchmark(url);
        String gp = options.containsKey("gp") ? options.get("gp") : benchmark.newGpReferrer(options.get("admin"));
        ObjectNode message = (ObjectNode) JSON.readTree(Files.readString(bundle));

        for (int i = 0; i < warmUp; i++) {
            benchmark.send(gp, message);
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seconds.add(benchmark.send(gp, message));
        }
        System.out.println(report(seconds, warmUp, url));
    }

    /** One referral, a new one each time; the seconds until its acknowledgement had arrived. */
    private double send(String gp, ObjectNode template) throws Exception {
        ObjectNode message = template.deepCopy();
        String bundleId = UUID.randomUUID().toString();
        message.put("id", bundleId);
        if (message.get("identifier") instanceof ObjectNode identifier) {
            identifier.put("value", bundleId);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/fhir/$process-message"))
                .timeout(Duration.ofSeconds(180))
                .header("Authorization", basic(gp))
                .header("Content-Type", "application/fhir+json")
                .header("X-Request-ID", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Referral answered " + response.statusCode() + ": " + response.body());
        }
        return elapsed;
    }

    /** A GP referrer of practice Y90001, created by an administrator, with a password it chose itself. */
    private String newGpReferrer(String admin) throws Exception {
        if (admin == null) {
            throw new IllegalArgumentException("Give --gp=username:password, or --admin=username:password to create one");
        }
        String username = "gp-bench-" + UUID.randomUUID().toString().substring(0, 8);
        String created = call(admin, "POST", "/api/admin/accounts", Map.of("username", username,
                "displayName", "Benchmark GP referrer", "role", "GP_REFERRER", "practiceOdsCode", PRACTICE), 201);
        String oneTimePassword = JSON.readTree(created).get("oneTimePassword").asText();
        String password = "bench " + UUID.randomUUID() + " referrals";
        call(username + ":" + oneTimePassword, "PUT", "/api/account/password", Map.of("currentPassword",
                oneTimePassword, "newPassword", password, "repeatNewPassword", password), 204);
        return username + ":" + password;
    }

    private String call(String credentials, String method, String path, Object body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(180))
                .header("Authorization", basic(credentials)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String report(List<Double> seconds, int warmUp, String url) {
        List<Double> sorted = seconds.stream().sorted().toList();
        long underTarget = sorted.stream().filter(s -> s < BARS_TARGET_SECONDS).count();
        return String.format(Locale.UK, "GP referral acknowledgements from %s: %d referrals (after %d to warm up), "
                        + "median %.3f s, 95th percentile %.3f s, fastest %.3f s, slowest %.3f s; under %.1f s: %.1f%% "
                        + "(BaRS target: 90%%)", url, sorted.size(), warmUp, median(sorted), nearestRank(sorted, 0.95),
                sorted.get(0), sorted.get(sorted.size() - 1), BARS_TARGET_SECONDS, 100.0 * underTarget / sorted.size());
    }

    static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The smallest value with at least {@code share} of the values at or below it. */
    static double nearestRank(List<Double> sorted, double share) {
        return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
