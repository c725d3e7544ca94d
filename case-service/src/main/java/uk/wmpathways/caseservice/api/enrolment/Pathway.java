package uk.wmpathways.caseservice.api.enrolment;

/** The programmes a participant can be enrolled on. */
public enum Pathway {
    HOUSING_FIRST("Housing First", "HF"),
    ROUGH_SLEEPING_INITIATIVE("Rough Sleeping Initiative", "RSI"),
    THRIVE_INTO_WORK("Thrive into Work", "TiW");

    private final String label;
    private final String shortName;

    Pathway(String label, String shortName) {
        this.label = label;
        this.shortName = shortName;
    }

    /** HF, RSI or TiW. */
    public String shortName() {
        return shortName;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
