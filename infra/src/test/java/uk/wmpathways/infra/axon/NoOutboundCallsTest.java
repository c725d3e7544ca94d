package uk.wmpathways.infra.axon;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The system makes no outbound calls of its own: Axon's update checker is switched off before it starts. */
class NoOutboundCallsTest {

    @Test
    void switchesOffAxonsUpdateCheckerThroughTheSystemPropertyItReads() {
        System.clearProperty(PathwaysDefaultProperties.UPDATE_CHECKER_DISABLED);
        StandardEnvironment environment = new StandardEnvironment();

        new PathwaysDefaultProperties().postProcessEnvironment(environment, new SpringApplication());

        assertThat(System.getProperty(PathwaysDefaultProperties.UPDATE_CHECKER_DISABLED)).isEqualTo("true");
        assertThat(new org.axonframework.updates.configuration.CommandLineUsagePropertyProvider().getDisabled()).isTrue();
    }

    @Test
    void isRegisteredWithSpringBoot() {
        assertThat(org.springframework.core.io.support.SpringFactoriesLoader.loadFactoryNames(
                org.springframework.boot.env.EnvironmentPostProcessor.class, getClass().getClassLoader()))
                .contains(PathwaysDefaultProperties.class.getName());
    }
}
