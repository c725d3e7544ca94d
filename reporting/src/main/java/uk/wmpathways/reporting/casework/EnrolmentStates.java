package uk.wmpathways.reporting.casework;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link EnrolmentState} as a MongoDB subdocument and back, field by field (the state has plain fields
 * and no setters). Its two maps are keyed by ids that may come from clients (request ids): MongoDB and
 * Spring Data refuse field names with dots or a leading {@code $}, so the maps are stored as lists instead.
 */
final class EnrolmentStates {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .addMixIn(EnrolmentState.class, MapsAsLists.class)
            .build();

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private EnrolmentStates() {
    }

    static Document toDocument(EnrolmentState state) {
        return new Document(MAPPER.convertValue(state, FIELDS));
    }

    static EnrolmentState fromDocument(Document document) {
        return MAPPER.convertValue(document, EnrolmentState.class);
    }

    /** Applied to {@link EnrolmentState}'s fields of the same names. */
    @SuppressWarnings("unused")
    private abstract static class MapsAsLists {
        @JsonSerialize(converter = HeldById.Out.class)
        @JsonDeserialize(converter = HeldById.In.class)
        LinkedHashMap<String, EnrolmentState.Held> jobs;

        @JsonSerialize(converter = Pairs.Out.class)
        @JsonDeserialize(converter = Pairs.In.class)
        LinkedHashMap<String, String> handledRequests;
    }

    /** Jobs by id as the list of jobs: each knows its id. */
    private static final class HeldById {
        static final class Out extends StdConverter<Map<String, EnrolmentState.Held>, List<EnrolmentState.Held>> {
            @Override
            public List<EnrolmentState.Held> convert(Map<String, EnrolmentState.Held> byId) {
                return new ArrayList<>(byId.values());
            }
        }

        static final class In extends StdConverter<List<EnrolmentState.Held>, LinkedHashMap<String, EnrolmentState.Held>> {
            @Override
            public LinkedHashMap<String, EnrolmentState.Held> convert(List<EnrolmentState.Held> held) {
                LinkedHashMap<String, EnrolmentState.Held> byId = new LinkedHashMap<>();
                held.forEach(one -> byId.put(one.id(), one));
                return byId;
            }
        }
    }

    /** A map of strings as a list of [key, value] pairs, in the map's order. */
    private static final class Pairs {
        static final class Out extends StdConverter<Map<String, String>, List<List<String>>> {
            @Override
            public List<List<String>> convert(Map<String, String> map) {
                List<List<String>> pairs = new ArrayList<>();
                map.forEach((key, value) -> pairs.add(Arrays.asList(key, value)));
                return pairs;
            }
        }

        static final class In extends StdConverter<List<List<String>>, LinkedHashMap<String, String>> {
            @Override
            public LinkedHashMap<String, String> convert(List<List<String>> pairs) {
                LinkedHashMap<String, String> map = new LinkedHashMap<>();
                pairs.forEach(pair -> map.put(pair.get(0), pair.get(1)));
                return map;
            }
        }
    }
}
