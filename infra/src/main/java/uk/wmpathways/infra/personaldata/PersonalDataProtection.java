package uk.wmpathways.infra.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import uk.wmpathways.infra.eventstore.PayloadProtection;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Crypto-shredding in the event store. Each {@link PersonalData} field of a payload is replaced, in the stored
 * JSON, by {@code {"$sealed": "<nonce and AES-GCM ciphertext>", "subject": "<person id>", "text": true}}
 * ({@code text} only for text), encrypted with that
 * person's key; a snapshot of an aggregate whose stream belongs to a person is sealed whole. The field keeps its
 * name, so the stored event keeps its shape, and readers get the plain value back before upcasting.
 * <p>
 * Once the person's key is destroyed the sealed values read as placeholders ({@link PersonalData#ERASED} for text,
 * {@code null} otherwise) and their snapshots as absent, so aggregates are rebuilt from their events.
 */
public class PersonalDataProtection implements PayloadProtection {

    static final String SEALED = "$sealed";
    private static final String SEALED_MARK = "\"" + SEALED + "\"";
    private static final String SNAPSHOT_FIELD = "snapshot";

    private final DataSubjectKeys keys;
    private final PersonalFields fields;
    private final ObjectMapper json = new ObjectMapper();

    public PersonalDataProtection(DataSubjectKeys keys, PersonalFields fields) {
        this.keys = keys;
        this.fields = fields;
    }

    @Override
    public String protect(String streamId, String payloadType, String payload) {
        Optional<PersonalFields.Schema> schema = fields.of(payloadType);
        if (schema.isEmpty()) {
            return payload;
        }
        ObjectNode node = parse(payload);
        String subject = text(node.get(schema.get().subjectField()));
        if (subject != null && streamId != null) {
            keys.rememberStream(streamId, subject);
        }
        boolean anyToSeal = schema.get().textByField().keySet().stream()
                .anyMatch(field -> isPlainValue(node.get(field)));
        if (!anyToSeal) {
            return payload;
        }
        if (subject == null) {
            subject = keys.subjectOfStream(streamId).orElseThrow(() -> new IllegalStateException(
                    "An event with personal data in a stream with no known data subject: " + payloadType));
        }
        SecretKey key = keys.keyFor(subject);
        for (String field : schema.get().textByField().keySet()) {
            JsonNode value = node.get(field);
            if (isPlainValue(value)) {
                ObjectNode sealed = seal(key, subject, field, value.toString());
                if (schema.get().isText(field)) {
                    sealed.put("text", true);
                }
                node.set(field, sealed);
            }
        }
        return node.toString();
    }

    @Override
    public String reveal(String payloadType, String payload) {
        if (payload == null || !payload.contains(SEALED_MARK)) {
            return payload;
        }
        ObjectNode node = parse(payload);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (isSealed(entry.getValue())) {
                entry.setValue(unseal(entry.getKey(), entry.getValue()));
            }
        }
        return node.toString();
    }

    @Override
    public String protectSnapshot(String streamId, String payload) {
        Optional<String> subject = streamId == null ? Optional.empty() : keys.subjectOfStream(streamId);
        if (subject.isEmpty()) {
            return payload;
        }
        return seal(keys.keyFor(subject.get()), subject.get(), SNAPSHOT_FIELD, payload).toString();
    }

    @Override
    public Optional<String> revealSnapshot(String payload) {
        if (payload == null || !payload.startsWith("{" + SEALED_MARK)) {
            return Optional.ofNullable(payload);
        }
        ObjectNode sealed = parse(payload);
        return keys.existingKey(sealed.get("subject").asText())
                .map(key -> open(key, sealed.get("subject").asText(), SNAPSHOT_FIELD, sealed));
    }

    private JsonNode unseal(String field, JsonNode sealed) {
        String subject = sealed.get("subject").asText();
        Optional<SecretKey> key = keys.existingKey(subject);
        if (key.isEmpty()) {
            return sealed.path("text").asBoolean() ? TextNode.valueOf(PersonalData.ERASED) : NullNode.getInstance();
        }
        try {
            return json.readTree(open(key.get(), subject, field, sealed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A sealed personal value is not JSON", e);
        }
    }

    private ObjectNode seal(SecretKey key, String subject, String field, String plainJson) {
        byte[] sealed = FieldCipher.encrypt(key, subject + "/" + field, plainJson.getBytes(StandardCharsets.UTF_8));
        ObjectNode node = json.createObjectNode();
        node.put(SEALED, Base64.getEncoder().encodeToString(sealed));
        node.put("subject", subject);
        return node;
    }

    private static String open(SecretKey key, String subject, String field, JsonNode sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed.get(SEALED).asText());
        return new String(FieldCipher.decrypt(key, subject + "/" + field, bytes), StandardCharsets.UTF_8);
    }

    static boolean isSealed(JsonNode value) {
        return value != null && value.isObject() && value.has(SEALED);
    }

    private static boolean isPlainValue(JsonNode value) {
        return value != null && !value.isNull() && !isSealed(value);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private ObjectNode parse(String payload) {
        try {
            return (ObjectNode) json.readTree(payload);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("A stored payload is not a JSON object", e);
        }
    }
}
