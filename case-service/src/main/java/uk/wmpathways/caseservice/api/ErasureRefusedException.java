package uk.wmpathways.caseservice.api;

/** The law gives no right to erasure here, or not yet; the message says why and what can be done instead. */
public class ErasureRefusedException extends RuntimeException {

    public ErasureRefusedException(String why) {
        super(why);
    }
}
