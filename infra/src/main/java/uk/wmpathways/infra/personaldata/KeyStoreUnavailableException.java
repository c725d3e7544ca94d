package uk.wmpathways.infra.personaldata;

/** The key store could not be reached: nothing that needs a person's key can be written or read now. */
public class KeyStoreUnavailableException extends RuntimeException {

    public KeyStoreUnavailableException(Throwable cause) {
        super("The key store for personal data is unavailable; nothing was recorded. Try again shortly.", cause);
    }
}
