package uk.wmpathways.app.demo;

import uk.wmpathways.infra.access.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records the commands a story sends (and as whom), answering each with a new id, as the command path would. */
class RecordingCommandPath implements CommandPath {

    record Sent(Object command, Caller caller) {
    }

    final List<Object> sent;
    final List<Sent> sentAs;
    private final Caller caller;

    RecordingCommandPath() {
        this(new ArrayList<>(), new ArrayList<>(), null);
    }

    private RecordingCommandPath(List<Object> sent, List<Sent> sentAs, Caller caller) {
        this.sent = sent;
        this.sentAs = sentAs;
        this.caller = caller;
    }

    @Override
    public String send(Object command) {
        sent.add(command);
        sentAs.add(new Sent(command, caller));
        return UUID.randomUUID().toString();
    }

    @Override
    public void register(DemoPerson person) {
        send(caller == null ? person.registration() : person.registration(caller.username()));
    }

    @Override
    public CommandPath as(Caller someone) {
        return new RecordingCommandPath(sent, sentAs, someone);
    }
}
