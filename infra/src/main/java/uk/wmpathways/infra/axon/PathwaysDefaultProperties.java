package uk.wmpathways.infra.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

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

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("pathwaysDefaults", DEFAULTS));
    }
}
