package uk.wmpathways.caseservice.api;

/** Another participant already holds this NHS number: the person is probably registered already. */
public class NhsNumberAlreadyRegisteredException extends RuntimeException {

    private final String existingParticipantId;

    public NhsNumberAlreadyRegisteredException(String existingParticipantId) {
        super("A participant with this NHS number is already registered");
        this.existingParticipantId = existingParticipantId;
    }

    public String existingParticipantId() {
        return existingParticipantId;
    }
}
