package uk.wmpathways.reporting.casework;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;

import java.util.Map;

/**
 * An {@link EnrolmentState} as a MongoDB subdocument and back, field by field (the state has plain fields and
 * no setters; its pathway's progress is a record, tagged with its kind). Documents written before the state was
 * partitioned by pathway are read too ({@link UnpartitionedStates}), so the read model needs no rebuild when the
 * application is upgraded; each document is rewritten in the new shape at its enrolment's next event, or all at
 * once by a rebuild.
 */
final class EnrolmentStates {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .build();

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private EnrolmentStates() {
    }

    static Document toDocument(EnrolmentState state) {
        return new Document(MAPPER.convertValue(state, FIELDS));
    }

    static EnrolmentState fromDocument(Document document) {
        Map<String, Object> fields = UnpartitionedStates.isUnpartitioned(document)
                ? UnpartitionedStates.partitioned(document) : document;
        return MAPPER.convertValue(fields, EnrolmentState.class);
    }
}
