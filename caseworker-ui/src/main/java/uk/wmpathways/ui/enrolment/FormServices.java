package uk.wmpathways.ui.enrolment;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.ui.casework.CaseworkReads;
import uk.wmpathways.ui.casework.Directory;

import java.time.Clock;

/** What every casework form needs: a way to send commands, to read, to name people and organisations, and today. */
@Component
public record FormServices(CommandGateway commands, CaseworkReads reads, Directory directory, Clock clock) {
}
