package uk.wmpathways.infra.mongo;

import org.h2.compress.CompressLZF;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a data file holds, as text to search for what must not be there: its bytes, followed by every
 * compressed page expanded, in every chunk, the live ones and those an old version left behind. The pages are
 * compressed, so a search of the bytes alone would miss a name split by a back-reference.
 */
public final class DataFileText {

    private static final Pattern CHUNK = Pattern.compile("^([0-9a-f]+) chunkHeader ", Pattern.MULTILINE);
    private static final Pattern COMPRESSED_PAGE =
            Pattern.compile("^\\+([0-9a-f]+) (leaf|node) compressed", Pattern.MULTILINE);

    private DataFileText() {
    }

    public static String of(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
            StringWriter dump = new StringWriter();
            // MVStoreTool walks every chunk header in the file and lists each chunk's pages (offsets in hex).
            MVStoreTool.dump(file.toString(), dump, true);
            String[] chunks = CHUNK.split(dump.toString());
            Matcher chunkAt = CHUNK.matcher(dump.toString());
            for (int i = 1; i < chunks.length && chunkAt.find(); i++) {
                long chunkStart = Long.parseLong(chunkAt.group(1), 16);
                Matcher page = COMPRESSED_PAGE.matcher(chunks[i]);
                while (page.find()) {
                    int at = (int) (chunkStart + Long.parseLong(page.group(1), 16));
                    text.append('\n').append(new String(expand(bytes, at, page.group(2).equals("node")),
                            StandardCharsets.ISO_8859_1));
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** H2 2.x's page layout: length, check, page number, map, key count, type, a node's children, then the data. */
    private static byte[] expand(byte[] file, int at, boolean node) {
        ByteBuffer page = ByteBuffer.wrap(file);
        page.position(at);
        int length = page.getInt();
        page.getShort();
        DataUtils.readVarInt(page);
        DataUtils.readVarInt(page);
        int keys = DataUtils.readVarInt(page);
        page.get();
        if (node) {
            page.position(page.position() + (keys + 1) * Long.BYTES);
            for (int child = 0; child <= keys; child++) {
                DataUtils.readVarLong(page);
            }
        }
        int added = DataUtils.readVarInt(page);
        int compressedLength = at + length - page.position();
        byte[] expanded = new byte[compressedLength + added];
        new CompressLZF().expand(file, page.position(), compressedLength, expanded, 0, expanded.length);
        return expanded;
    }
}
