package uk.wmpathways.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.wmpathways.infra.access.SystemCallerForCallerless;

/** The reporting module on its own, with the shared infra, for projection and query tests. */
@SpringBootApplication
public class ReportingTestApplication {

    /** Tests that drive the buses directly, with nobody signed in, act as the application itself. */
    @Bean
    SystemCallerForCallerless testsActAsTheSystem() {
        return new SystemCallerForCallerless("test");
    }
}
