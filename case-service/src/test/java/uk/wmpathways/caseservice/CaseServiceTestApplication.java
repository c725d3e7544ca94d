package uk.wmpathways.caseservice;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.wmpathways.infra.access.SystemCallerForCallerless;

/** The write side on its own, with the shared infra, for tests of storage concerns (upcasting, snapshots). */
@SpringBootApplication
public class CaseServiceTestApplication {

    /** Tests that drive the buses directly, with nobody signed in, act as the application itself. */
    @Bean
    SystemCallerForCallerless testsActAsTheSystem() {
        return new SystemCallerForCallerless("test");
    }
}
