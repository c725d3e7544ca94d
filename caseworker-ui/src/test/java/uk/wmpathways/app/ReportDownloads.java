package uk.wmpathways.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Report requests over HTTP, answered as raw bytes, and the exported files read back as cells of text. */
public final class ReportDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Download(int status, String contentType, String contentDisposition, byte[] body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ReportDownloads(int port) {
        this.port = port;
    }

    Download get(String username, String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSV file's lines, header first, each as its cells. */
    public static List<List<String>> csvCells(byte[] csv) {
        try {
            List<List<String>> cells = new ArrayList<>();
            // the comment lines ("# ...") before the header say what each figure counts
            CSVFormat withComments = CSVFormat.RFC4180.builder().setCommentMarker('#').get();
            for (CSVRecord record : withComments.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
                cells.add(record.toList());
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's "Report" sheet, header first; numbers as plain text without trailing zeros. */
    public static List<List<String>> excelCells(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> cells = new ArrayList<>();
            List<Row> rows = workbook.findSheet("Report").orElseThrow().read();
            int columns = rows.get(0).getCellCount();
            for (Row row : rows) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < columns; column++) {
                    Cell cell = row.getOptionalCell(column).orElse(null);
                    values.add(cell == null || cell.getType() == CellType.EMPTY ? ""
                            : cell.getType() == CellType.NUMBER ? plain(cell.asNumber()) : cell.getText());
                }
                cells.add(values);
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same cells with every number in plain notation without trailing zeros (as a workbook holds it). */
    public static List<List<String>> plainNumbers(List<List<String>> cells) {
        return cells.stream().map(row -> row.stream().map(cell -> {
            try {
                return plain(new BigDecimal(cell));
            } catch (NumberFormatException text) {
                return cell;
            }
        }).toList()).toList();
    }

    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The row of an export for a measure (the start of its name) in a section, headline or breakdown row. */
    public static List<String> row(List<List<String>> cells, String section, String measure, String breakdownKey) {
        return cells.stream()
                .filter(r -> r.get(0).equals(section) && r.get(1).startsWith(measure) && r.get(2).equals(breakdownKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + section + " / " + measure + " / " + breakdownKey));
    }

    /** A JSON figure as an export shows it: its value, or "<5". */
    static String shown(JsonNode figure) {
        return figure.get("value").isNull() ? figure.get("shown").asText() : figure.get("value").asText();
    }

    /** A JSON percentage as an export shows it: one decimal place, rounded half up; "" when there is none. */
    static String percent(JsonNode value) {
        return value == null || value.isNull() ? ""
                : BigDecimal.valueOf(value.asDouble()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
