package uk.wmpathways.caseservice.api.enrolment;

/** Broad sectors of work. */
public enum JobSector {
    ADMINISTRATION("Administration and office"),
    CARE("Care and support"),
    CLEANING("Cleaning and facilities"),
    CONSTRUCTION("Construction"),
    EDUCATION("Education"),
    HEALTH("Health"),
    HOSPITALITY("Hospitality and catering"),
    LOGISTICS("Transport and logistics"),
    MANUFACTURING("Manufacturing"),
    RETAIL("Retail"),
    OTHER("Other");

    private final String label;

    JobSector(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
