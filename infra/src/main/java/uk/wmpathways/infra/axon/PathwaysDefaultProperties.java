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
            "axon.axonserver.enabled", "false",
            "axon.metrics.micrometer.dimensional", "true",
            // Named explicitly so that Spring never has to parse an absent URI to find it.
            "spring.data.mongodb.database", "pathways",
            "spring.mvc.problemdetails.enabled", "true",
            // Axon logs a stack trace at WARN for every command refused while creating or loading an aggregate
            // (a user's mistake, answered with 400/404); the caller gets the error, the log needs nothing.
            "logging.level.org.axonframework.modelling.command.AbstractRepository", "ERROR");

    /** The environment variable that points the application, or the whole test suite, at a real MongoDB. */
    public static final String MONGODB_URI_VARIABLE = "MONGODB_URI";

    /**
     * Axon's update checker reads only this JVM system property (or the AXONIQ_UPDATE_CHECKER_DISABLED
     * environment variable), not Spring properties: without it the application calls get.axoniq.io at start-up.
     */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        Map<String, Object> defaults = new HashMap<>(DEFAULTS);
        String uri = environment.getProperty(MONGODB_URI_VARIABLE);
        if (uri != null && !uri.isBlank()) {
            defaults.put("spring.data.mongodb.uri", uri);
        }
        environment.getPropertySources().addLast(new MapPropertySource("pathwaysDefaults", defaults));
    }
}
