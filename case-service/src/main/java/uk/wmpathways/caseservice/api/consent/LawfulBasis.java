package uk.wmpathways.caseservice.api.consent;

/** Why the service may hold a person's record (UK GDPR Article 6), in the words shown to caseworkers. */
public enum LawfulBasis {
    PUBLIC_TASK("Public task: the council's and its partners' duty to help people who are homeless"),
    CONSENT("Consent: the person agreed to us holding their record"),
    LEGITIMATE_INTERESTS("Legitimate interests of the service, weighed against the person's"),
    VITAL_INTERESTS("Vital interests: to protect the person's life"),
    LEGAL_OBLIGATION("Legal obligation: a law requires us to hold it");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
