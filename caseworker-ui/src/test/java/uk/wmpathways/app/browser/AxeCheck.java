package uk.wmpathways.app.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deque's axe-core rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, run on what the browser shows now (the page
 * and any open dialog). What it finds is grouped by axe's impact: critical and serious fail a test, moderate and
 * minor are reported.
 */
final class AxeCheck {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    /** One rule broken on a page: where (axe's selectors, never the page's text, which may name a person). */
    record Finding(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    /** The findings of one check, by impact. */
    record Findings(List<Finding> all) {

        List<Finding> seriousOrWorse() {
            return all.stream().filter(f -> f.impact().equals("critical") || f.impact().equals("serious")).toList();
        }

        /** How many rules were broken at each impact, in the order critical, serious, moderate, minor. */
        Map<String, Long> countsByImpact() {
            Map<String, Long> counts = new LinkedHashMap<>();
            IMPACTS.forEach(impact -> counts.put(impact, 0L));
            all.forEach(f -> counts.merge(f.impact(), 1L, Long::sum));
            return counts;
        }

        String summary() {
            return countsByImpact().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Deque's axe-core, as its AxeBuilder would put it into the page. */
    private static final String AXE_SCRIPT = axeScript();
    /**
     * The rules of {@link #TAGS}, this page only; "resultTypes" keeps axe from sending every element that passed
     * (the rules broken are listed in full either way).
     */
    private static final String OPTIONS = "{\"runOnly\": {\"type\": \"tag\", \"values\": [\""
            + String.join("\", \"", TAGS) + "\"]}, \"iframes\": false, \"resultTypes\": [\"violations\"]}";

    private AxeCheck() {
    }

    /**
     * Checks the page as it is now. axe-core (half a megabyte) is put into the page only when it is not there yet: a
     * page that moves on to another view without loading again keeps it. axe runs in this page only (no frames,
     * so not axe's run-in-a-new-window way), and sends back the details of the rules broken only.
     */
    static Findings of(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object' && !!window.axe.run;"))) {
            page.executeScript(AXE_SCRIPT);
        }
        Object answer = page.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, JSON.parse(arguments[0]))
                    .then(results => done(JSON.stringify({ violations: results.violations })))
                    .catch(error => done(JSON.stringify({ error: String(error) })));
                """, OPTIONS);
        JsonNode results = read(String.valueOf(answer));
        if (results.has("error")) {
            throw new IllegalStateException("axe-core did not run: " + results.get("error").asText());
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode rule : results.get("violations")) {
            String impact = rule.path("impact").isTextual() ? rule.get("impact").asText() : "minor";
            List<String> targets = new ArrayList<>();
            for (JsonNode node : rule.get("nodes")) {
                if (targets.size() < 5) {
                    targets.add(String.valueOf(JSON.convertValue(node.get("target"), Object.class)));
                }
            }
            findings.add(new Finding(rule.get("id").asText(), impact, rule.get("help").asText(), List.copyOf(targets)));
        }
        findings.sort(Comparator.comparingInt(f -> IMPACTS.indexOf(f.impact())));
        return new Findings(List.copyOf(findings));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe-core's answer is not JSON", e);
        }
    }

    private static String axeScript() {
        try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not in Deque's axe-core jar");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
