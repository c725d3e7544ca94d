package uk.wmpathways.app.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

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

    private AxeCheck() {
    }

    static Findings of(WebDriver driver) {
        // no frames in these pages: not looking for them saves a round trip per check
        Results results = new AxeBuilder().withTags(TAGS).disableIframeTesting().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String impact = rule.getImpact() == null ? "minor" : rule.getImpact();
            findings.add(new Finding(rule.getId(), impact, rule.getHelp(),
                    rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList()));
        }
        findings.sort(Comparator.comparingInt(f -> IMPACTS.indexOf(f.impact())));
        return new Findings(List.copyOf(findings));
    }
}
