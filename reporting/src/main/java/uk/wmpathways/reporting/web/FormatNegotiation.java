package uk.wmpathways.reporting.web;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import uk.wmpathways.reporting.export.ExportFormat;

import java.util.Comparator;
import java.util.List;

/**
 * Which format to answer in: the {@code format} parameter when given (an unknown one is a 400), otherwise the
 * most preferred of CSV, Excel and JSON in the Accept header, otherwise JSON.
 */
final class FormatNegotiation {

    private static final MediaType CSV = MediaType.parseMediaType(ExportFormat.CSV.mediaType());
    private static final MediaType EXCEL = MediaType.parseMediaType(ExportFormat.EXCEL.mediaType());

    private FormatNegotiation() {
    }

    static ExportFormat choose(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            return ReportParameters.format(formatParameter);
        }
        if (accept == null || accept.isBlank()) {
            return ExportFormat.JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return ExportFormat.JSON;
        }
        return accepted.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .map(FormatNegotiation::formatFor)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(ExportFormat.JSON);
    }

    private static ExportFormat formatFor(MediaType type) {
        if (type.isWildcardType()) {
            return ExportFormat.JSON;
        }
        if (CSV.equalsTypeAndSubtype(type)) {
            return ExportFormat.CSV;
        }
        if (EXCEL.equalsTypeAndSubtype(type)) {
            return ExportFormat.EXCEL;
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return ExportFormat.JSON;
        }
        return null;
    }
}
