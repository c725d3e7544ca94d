package uk.wmpathways.caseservice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The write side on its own, with the shared infra, for tests of storage concerns (upcasting, snapshots). */
@SpringBootApplication
public class CaseServiceTestApplication {
}
