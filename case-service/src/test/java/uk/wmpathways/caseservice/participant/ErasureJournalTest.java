package uk.wmpathways.caseservice.participant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ParticipantErased;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureJournalTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");

    @TempDir
    Path folder;

    @Test
    void erasuresRecordedInTheFileAreReadBackByTheNextStart() {
        Path file = folder.resolve("pathways.mv.erasure-journal");
        ErasureJournal journal = ErasureJournal.inFile(file);
        journal.record(new ParticipantErased("p-1", ErasureGround.CONSENT_WITHDRAWN, "dpo", AT));
        journal.record(new ParticipantErased("p-2", ErasureGround.UNLAWFULLY_PROCESSED, "dpo2", AT.plusSeconds(60)));

        assertThat(ErasureJournal.inFile(file).entries()).containsExactly(
                new ErasureJournal.Entry("p-1", ErasureGround.CONSENT_WITHDRAWN, "dpo", AT),
                new ErasureJournal.Entry("p-2", ErasureGround.UNLAWFULLY_PROCESSED, "dpo2", AT.plusSeconds(60)));
    }

    @Test
    void theSameRecordErasedAgainIsRecordedOnce() throws IOException {
        Path file = folder.resolve("journal");
        ErasureJournal journal = ErasureJournal.inFile(file);
        journal.record(new ParticipantErased("p-1", ErasureGround.CONSENT_WITHDRAWN, "dpo", AT));
        journal.record(new ParticipantErased("p-1", ErasureGround.CONSENT_WITHDRAWN, "dpo", AT.plusSeconds(5)));

        assertThat(Files.readAllLines(file)).hasSize(1);
        assertThat(journal.entries()).extracting(ErasureJournal.Entry::erasedAt).containsExactly(AT);
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheRestRead() throws IOException {
        Path file = folder.resolve("journal");
        ErasureJournal.inFile(file).record(new ParticipantErased("p-1", ErasureGround.OBJECTION_UPHELD, "dpo", AT));
        Files.writeString(file, "{\"participantId\":\"p-2\",\"gro", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ErasureJournal reopened = ErasureJournal.inFile(file);
        assertThat(reopened.entries()).extracting(ErasureJournal.Entry::participantId).containsExactly("p-1");

        reopened.record(new ParticipantErased("p-3", ErasureGround.OBJECTION_UPHELD, "dpo", AT));
        assertThat(ErasureJournal.inFile(file).entries()).extracting(ErasureJournal.Entry::participantId)
                .containsExactly("p-1", "p-3");
    }

    @Test
    void theJournalHoldsIdsGroundsAndDatesOnly() throws IOException {
        Path file = folder.resolve("journal");
        ErasureJournal.inFile(file).record(new ParticipantErased("p-1", ErasureGround.OBJECTION_UPHELD, "dpo", AT));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("{\"participantId\":\"p-1\",\"ground\":\"OBJECTION_UPHELD\","
                + "\"erasedBy\":\"dpo\",\"erasedAt\":\"2026-11-30T10:15:00Z\"}\n");
    }
}
