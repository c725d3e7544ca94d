package uk.wmpathways.reporting.outcomes;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Outcome facts (records) as MongoDB subdocuments and back. Days are kept as ISO text ("2025-06-01") and
 * amounts as decimal text, so that what is stored does not depend on the time zone of the process that wrote
 * it (a day stored as a date-time would) and amounts keep their pence exactly.
 */
final class FactDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withConfigOverride(BigDecimal.class,
                    override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private FactDocuments() {
    }

    static Document write(Object facts) {
        return new Document(MAPPER.convertValue(facts, FIELDS));
    }

    static <T> T read(Document document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }
}
