package uk.wmpathways.infra.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Defaults every context of the system shares (the application and every test), added with the lowest
 * precedence so that any application property or environment variable overrides them.
 */
public class PathwaysDefaultProperties implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            // The system makes no outbound calls of its own.
            "axoniq.update-checker.disabled", "true",
            "axon.axonserver.enabled", "false",
            "axon.metrics.micrometer.dimensional", "true",
            // Named explicitly so that Spring never has to parse an absent URI to find it.
            "spring.data.mongodb.database", "pathways",
            "spring.mvc.problemdetails.enabled", "true");

    /** The environment variable that points the application, or the whole test suite, at a real MongoDB. */
    public static final String MONGODB_URI_VARIABLE = "MONGODB_URI";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(DEFAULTS);
        String uri = environment.getProperty(MONGODB_URI_VARIABLE);
        if (uri != null && !uri.isBlank()) {
            defaults.put("spring.data.mongodb.uri", uri);
        }
        environment.getPropertySources().addLast(new MapPropertySource("pathwaysDefaults", defaults));
    }
}
