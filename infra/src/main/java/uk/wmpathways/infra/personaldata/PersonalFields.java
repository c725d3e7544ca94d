package uk.wmpathways.infra.personaldata;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which JSON fields of a stored payload type are personal, and which field names its data subject, read from the
 * {@link PersonalData} and {@link DataSubject} marks on the payload's class (record components or fields).
 * A type that cannot be loaded, or that has no personal field, has no schema: its payloads are stored as they are.
 */
public final class PersonalFields {

    /** The personal fields of one payload type, by JSON name, and whether each reads as text once erased. */
    public record Schema(String subjectField, Map<String, Boolean> textByField) {

        public boolean isText(String field) {
            return Boolean.TRUE.equals(textByField.get(field));
        }
    }

    private final ClassLoader classLoader;
    private final Map<String, Optional<Schema>> byType = new ConcurrentHashMap<>();

    public PersonalFields(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public PersonalFields() {
        this(PersonalFields.class.getClassLoader());
    }

    public Optional<Schema> of(String payloadType) {
        if (payloadType == null) {
            return Optional.empty();
        }
        return byType.computeIfAbsent(payloadType, this::read);
    }

    private Optional<Schema> read(String payloadType) {
        Class<?> type;
        try {
            type = Class.forName(payloadType, false, classLoader);
        } catch (ClassNotFoundException | LinkageError unknown) {
            return Optional.empty();
        }
        return schemaOf(type);
    }

    public static Optional<Schema> schemaOf(Class<?> type) {
        Map<String, Boolean> personal = new LinkedHashMap<>();
        String subject = null;
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                PersonalData mark = component.getAnnotation(PersonalData.class);
                if (mark != null) {
                    add(personal, component.getName(), component.getType(), mark);
                }
                if (component.isAnnotationPresent(DataSubject.class)) {
                    subject = component.getName();
                }
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                PersonalData mark = field.getAnnotation(PersonalData.class);
                if (mark != null) {
                    add(personal, field.getName(), field.getType(), mark);
                }
                if (field.isAnnotationPresent(DataSubject.class)) {
                    subject = field.getName();
                }
            }
        }
        return personal.isEmpty() && subject == null
                ? Optional.empty()
                : Optional.of(new Schema(subject, Map.copyOf(personal)));
    }

    private static void add(Map<String, Boolean> personal, String name, Class<?> type, PersonalData mark) {
        boolean text = type == String.class && !mark.erasedAsNull();
        personal.put(name, text);
        for (String former : mark.formerNames()) {
            personal.put(former, text);
        }
    }
}
