package uk.wmpathways.caseservice.api;

/**
 * Whether the write side holds a record: yes or no, never its content. The read models follow the event store a
 * moment later (minutes, under a heavy load), so a page that finds no row asks here before it says "not found":
 * what someone has just recorded must never be reported missing.
 */
public interface WrittenRecords {

    boolean participantWritten(String participantId);

    boolean enrolmentWritten(String enrolmentId);
}
