package uk.wmpathways.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a caseworker wrote in their own words, which may be about someone else, so that the data
 * protection officer reviews it before the export is released. The rule: <em>every</em> free-text field of
 * every event is flagged for review ({@link Reason#FREE_TEXT}); a field is free text when its name says so
 * (note, reason, comment, description, details...) and its value is not a code. On top, a note is marked
 * {@link Reason#NAMES_REGISTERED_PERSON} when it holds the given and family name, or the NHS number, of another
 * registered participant, {@link Reason#MAY_NAME_REGISTERED_PERSON} when one of its capitalised words is another
 * participant's family name, and {@link Reason#MENTIONS_RELATIONSHIP} for words such as "my partner" or
 * "her son". The flags never say who the other person is: the export must hold nothing of them.
 * Event types are not listed here, so that new events (consent, lawful basis) are covered as they come.
 */
@Component
class ThirdPartyNotes {

    enum Reason { FREE_TEXT, NAMES_REGISTERED_PERSON, MAY_NAME_REGISTERED_PERSON, MENTIONS_RELATIONSHIP }

    /** One flagged field: where it is and why; {@code path} is the field's JSON path in the event's payload. */
    record Flag(String aggregateId, long sequenceNumber, String eventType, String path, List<Reason> reasons) {
        boolean namesAnother() {
            return reasons.contains(Reason.NAMES_REGISTERED_PERSON);
        }
    }

    private static final Set<String> FREE_TEXT_NAMES = Set.of("note", "notes", "reason", "comment", "comments",
            "description", "details", "summary", "text", "declinereason", "withdrawalreason", "circumstances");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’-]+");
    private static final Pattern NHS_NUMBER = Pattern.compile("\\b\\d{3}\\s?\\d{3}\\s?\\d{4}\\b");
    private static final Pattern RELATIONSHIP = Pattern.compile("\\b(my|his|her|their|your)\\s+(ex[- ]?)?"
            + "(partner|husband|wife|boyfriend|girlfriend|son|daughter|child|children|kids?|baby|mother|mum|mom|"
            + "father|dad|brother|sister|sibling|friend|neighbou?r|carer|cousin|aunt|uncle|nan|gran|grandma|"
            + "grandad|grandmother|grandfather|stepson|stepdaughter|flatmate|housemate)\\b",
            Pattern.CASE_INSENSITIVE);

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;

    ThirdPartyNotes(MongoTemplate mongo, ReadModelCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    /** The flags of one event's payload, about {@code participantId}. */
    List<Flag> flags(String participantId, String aggregateId, long sequenceNumber, String eventType,
                     JsonNode payload) {
        List<Flag> flags = new ArrayList<>();
        walk(payload, "", (path, text) -> flags.add(new Flag(aggregateId, sequenceNumber, eventType, path,
                reasons(participantId, text))));
        return flags;
    }

    private interface TextVisitor {
        void visit(String path, String text);
    }

    private static void walk(JsonNode node, String path, TextVisitor visitor) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && isFreeText(field.getKey(), value.asText())) {
                    visitor.visit(fieldPath, value.asText());
                } else {
                    walk(value, fieldPath, visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    static boolean isFreeText(String fieldName, String value) {
        String name = fieldName.toLowerCase(Locale.ROOT);
        boolean textName = FREE_TEXT_NAMES.contains(name) || name.endsWith("note") || name.endsWith("notes")
                || name.endsWith("reason") || name.endsWith("comment");
        return textName && !value.isBlank() && !CODE.matcher(value).matches();
    }

    List<Reason> reasons(String participantId, String text) {
        Set<Reason> reasons = new LinkedHashSet<>();
        reasons.add(Reason.FREE_TEXT);
        if (RELATIONSHIP.matcher(text).find()) {
            reasons.add(Reason.MENTIONS_RELATIONSHIP);
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher capitalised = CAPITALISED.matcher(text);
        while (capitalised.find()) {
            words.add(capitalised.group());
        }
        Set<String> nhsNumbers = new LinkedHashSet<>();
        Matcher digits = NHS_NUMBER.matcher(text);
        while (digits.find()) {
            nhsNumbers.add(digits.group().replaceAll("\\s", ""));
        }
        String people = collections.live("participants");
        Criteria others = Criteria.where("_id").ne(participantId);
        if (!words.isEmpty() && mongo.exists(Query.query(new Criteria().andOperator(others,
                Criteria.where("givenName").in(words), Criteria.where("familyName").in(words))), people)) {
            reasons.add(Reason.NAMES_REGISTERED_PERSON);
        } else if (!nhsNumbers.isEmpty() && mongo.exists(Query.query(new Criteria().andOperator(others,
                Criteria.where("nhsNumber").in(nhsNumbers))), people)) {
            reasons.add(Reason.NAMES_REGISTERED_PERSON);
        } else if (!words.isEmpty() && mongo.exists(Query.query(new Criteria().andOperator(others,
                Criteria.where("familyName").in(words))), people)) {
            reasons.add(Reason.MAY_NAME_REGISTERED_PERSON);
        }
        return List.copyOf(reasons);
    }
}
