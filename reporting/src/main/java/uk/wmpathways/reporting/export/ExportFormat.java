package uk.wmpathways.reporting.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a report can be answered as; JSON unless asked otherwise. */
public enum ExportFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** From the {@code format} parameter: json, csv, xlsx (or excel), in any case. */
    public static Optional<ExportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("excel")) {
            return Optional.of(EXCEL);
        }
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }

    public static String allNames() {
        return "json, csv, xlsx";
    }
}
