package uk.wmpathways.infra.eventstore;

/**
 * An append reached the store after readers had waited for it longer than the gap timeout and closed its
 * place in the global sequence. Nothing was stored; the command can be sent again.
 */
public class EventAppendTooLateException extends RuntimeException {

    public EventAppendTooLateException(long globalIndex) {
        super("The events reached the store too late (global index " + globalIndex
                + " had already been closed by readers); nothing was stored, send the command again");
    }
}
