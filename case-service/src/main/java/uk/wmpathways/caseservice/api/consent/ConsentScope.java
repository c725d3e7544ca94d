package uk.wmpathways.caseservice.api.consent;

/** What a person agreed to. */
public enum ConsentScope {
    /** That the service holds and uses their record: asked when consent is the lawful basis. */
    PROCESSING("Holding and using their record"),
    /** That one named organisation may see their record. */
    SHARE_WITH_ORGANISATION("Sharing their record with an organisation");

    private final String label;

    ConsentScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
