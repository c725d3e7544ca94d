package uk.wmpathways.caseservice.api;

/** Whether the person considers themselves disabled (Equality Act 2010), or prefer not to say. */
public enum Disability {
    YES("Disabled"),
    NO("Not disabled"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
