package uk.wmpathways.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The reporting module on its own, with the shared infra, for projection and query tests. */
@SpringBootApplication
public class ReportingTestApplication {
}
