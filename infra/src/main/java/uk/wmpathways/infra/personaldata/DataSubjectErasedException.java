package uk.wmpathways.infra.personaldata;

/** Something new was to be recorded about a person whose record has been erased. */
public class DataSubjectErasedException extends RuntimeException {

    public DataSubjectErasedException() {
        super("This person's record has been erased; nothing more can be recorded about them.");
    }
}
