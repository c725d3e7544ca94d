package uk.wmpathways.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.wmpathways.infra.access.SystemCallerForCallerless;

/**
 * Tests that drive the buses directly, with nobody signed in, act as the application itself; the HTTP and
 * browser tests sign in and are decided like any other caller.
 */
@Configuration(proxyBeanMethods = false)
class TestsActAsTheSystem {

    @Bean
    SystemCallerForCallerless systemCallerForCallerless() {
        return new SystemCallerForCallerless("test");
    }
}
