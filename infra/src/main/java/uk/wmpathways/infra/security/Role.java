package uk.wmpathways.infra.security;

/** What a signed-in person may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    CASEWORKER("Caseworker"),
    GP_REFERRER("GP referrer"),
    PROGRAMME_MANAGER("Programme manager"),
    ADMIN("Administrator"),
    /** The data protection officer: reviews the access log and break-glass uses; reads no case content. */
    DATA_PROTECTION("Data protection officer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
