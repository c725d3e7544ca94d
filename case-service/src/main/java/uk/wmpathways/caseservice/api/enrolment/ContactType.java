package uk.wmpathways.caseservice.api.enrolment;

/** How a caseworker was in contact with a participant. An attempted contact did not reach them. */
public enum ContactType {
    FACE_TO_FACE("Face to face"),
    PHONE("Phone"),
    VIDEO("Video"),
    ATTEMPTED("Attempted");

    private final String label;

    ContactType(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
