package uk.wmpathways.app.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * With {@code pathways.demo-data=true}, the trial arms are drawn by the seeded randomiser with the demo's seed
 * and treatment share, so that the demo data set draws the same arms every time (any explicit setting wins).
 */
public class DemoDataDefaults implements EnvironmentPostProcessor {

    static final String TRIAL_SEED = "pathways.trial.seed";
    static final String TREATMENT_SHARE = "pathways.trial.treatment-share";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(DemoDataSwitch.PROPERTY, Boolean.class, false)) {
            environment.getPropertySources().addLast(new MapPropertySource("demoDataDefaults", Map.of(
                    TRIAL_SEED, Long.toString(DemoDataSet.SEED),
                    TREATMENT_SHARE, Double.toString(DemoDataSet.TREATMENT_SHARE))));
        }
    }
}
