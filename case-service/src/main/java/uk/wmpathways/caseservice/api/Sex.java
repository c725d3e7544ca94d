package uk.wmpathways.caseservice.api;

/** Sex, as the person states it, or prefer not to say. */
public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
