package uk.wmpathways.caseservice.api;

/** Ethnic group, as the five high-level groups of the 2021 Census for England and Wales, or prefer not to say. */
public enum EthnicGroup {
    ASIAN("Asian or Asian British"),
    BLACK("Black, Black British, Caribbean or African"),
    MIXED("Mixed or multiple ethnic groups"),
    WHITE("White"),
    OTHER("Other ethnic group"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
