package uk.wmpathways.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of the demo data: name-based UUIDs of the seed, the copy and what they name, so that the same data set
 * gets the same ids every time, and so that a copy of it (for the benchmark) gets ids of its own.
 */
final class DemoIds {

    private final String namespace;

    DemoIds(long seed, int copy) {
        this.namespace = "pathways-demo-data/" + seed + "/" + copy + "/";
    }

    String participant(String pathway, int number) {
        return uuid("participant/" + pathway + "/" + number);
    }

    String enrolment(String pathway, int number, int enrolmentOfPerson) {
        return uuid("enrolment/" + pathway + "/" + number + "/" + enrolmentOfPerson);
    }

    /** Our id of a GP referral of the demo practice (the acknowledgement's). */
    String gpReferral(int number) {
        return uuid("gp-referral/" + number);
    }

    /** An id the practice's system gave the referral's message ({@code part}: bundle, header, service-request). */
    String gpReferralMessage(int number, String part) {
        return uuid("gp-referral-message/" + number + "/" + part);
    }

    /** The request id of a step: a retry of the same step (a load resumed after a crash) records nothing new. */
    static String request(String step) {
        return "demo-data/" + step;
    }

    private String uuid(String name) {
        return UUID.nameUUIDFromBytes((namespace + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
