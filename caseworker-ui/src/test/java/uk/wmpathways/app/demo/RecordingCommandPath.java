package uk.wmpathways.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records the commands a story sends, answering each with a new id, as the command path would. */
class RecordingCommandPath implements CommandPath {

    final List<Object> sent = new ArrayList<>();

    @Override
    public String send(Object command) {
        sent.add(command);
        return UUID.randomUUID().toString();
    }

    @Override
    public void register(DemoPerson person) {
        send(person.registration());
    }
}
