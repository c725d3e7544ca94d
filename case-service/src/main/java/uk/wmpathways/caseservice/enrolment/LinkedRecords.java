package uk.wmpathways.caseservice.enrolment;

import java.util.Set;

/** The other records people decided are the same person as this one (write side, current at once). */
public interface LinkedRecords {

    Set<String> linkedTo(String participantId);
}
