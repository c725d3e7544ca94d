package uk.wmpathways.caseservice.participant;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ReapplyErasure;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.axon.BeforeRequests;
import uk.wmpathways.infra.personaldata.DataSubjectKeys;

/**
 * At start-up, after Axon has started and before the web server takes requests: every erasure in the journal whose
 * key is not destroyed (the database was restored from a backup taken before it) is made again, with the ground,
 * the officer and the time first recorded. Counts only go to the log.
 */
@Component
class ErasureJournalReplay extends BeforeRequests {

    static final Caller JOURNAL = Caller.system("erasure-journal");
    private static final Logger log = LoggerFactory.getLogger(ErasureJournalReplay.class);

    private final ErasureJournal journal;
    private final DataSubjectKeys keys;
    private final CommandGateway commands;

    ErasureJournalReplay(ErasureJournal journal, DataSubjectKeys keys, CommandGateway commands) {
        this.journal = journal;
        this.keys = keys;
        this.commands = commands;
    }

    /** Answers how many erasures were made again. */
    int reapply() {
        int reapplied = 0;
        int absent = 0;
        for (ErasureJournal.Entry entry : journal.entries()) {
            if (keys.erasedAt(entry.participantId()).isPresent()) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ReapplyErasure(entry.participantId(),
                        entry.ground(), entry.erasedBy(), entry.erasedAt())).andMetaData(JOURNAL.toMetaData()));
                reapplied++;
            } catch (AggregateNotFoundException notInThisDatabase) {
                // Restored from a backup taken before the person was registered: nothing of theirs to erase.
                absent++;
            }
        }
        if (reapplied > 0 || absent > 0) {
            log.warn("Erasure journal: {} erasures undone by a restored backup were made again ({} records not in"
                    + " this database)", reapplied, absent);
        }
        return reapplied;
    }

    @Override
    protected void atStartUp() {
        reapply();
    }
}
