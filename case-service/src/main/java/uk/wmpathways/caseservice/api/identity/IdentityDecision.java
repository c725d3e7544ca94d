package uk.wmpathways.caseservice.api.identity;

/** What a person decided about two participants' records. */
public enum IdentityDecision {
    /** The records are one person: linked, each kept whole, never merged or deleted. */
    LINK("Same person: linked"),
    /** Two different people: the pair is not offered as a likely match again. */
    NOT_SAME_PERSON("Not the same person");

    private final String label;

    IdentityDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
