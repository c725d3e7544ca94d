package uk.wmpathways.app;

import org.springframework.boot.SpringApplication;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The deployable: the write side, the read side and the caseworker UI in one Spring Boot application. */
@SpringBootApplication(scanBasePackages = "uk.wmpathways")
@EnableVaadin("uk.wmpathways.ui")
public class PathwaysApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwaysApplication.class, args);
    }
}
