package uk.wmpathways.reporting.casework;

import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an enrolment state stored before the state was partitioned by pathway (every pathway's fields side by
 * side, the stage {@code CLOSED} while closed, the stage before it kept apart) into today's shape: the common
 * fields, and a {@code progress} of the enrolment's pathway.
 */
final class UnpartitionedStates {

    private UnpartitionedStates() {
    }

    static boolean isUnpartitioned(Map<String, Object> document) {
        return !document.containsKey("progress") && document.get("pathway") != null;
    }

    static Map<String, Object> partitioned(Map<String, Object> old) {
        Map<String, Object> fields = new LinkedHashMap<>(old);
        String pathway = (String) old.get("pathway");
        Object stage = "CLOSED".equals(old.get("stage")) ? old.get("stageBeforeClosure") : old.get("stage");
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("kind", pathway);
        progress.put("stage", stage);
        switch (pathway) {
            case "HOUSING_FIRST" -> progress.put("tenancies", old.get("tenancy") instanceof Map<?, ?> tenancy
                    ? List.of(tenancy(tenancy)) : List.of());
            case "ROUGH_SLEEPING_INITIATIVE" -> progress.put("movedOnOn", old.get("movedOnOn"));
            case "THRIVE_INTO_WORK" -> {
                for (String field : List.of("enrolledOn", "trialArm", "vocationalProfileCompletedOn",
                        "firstFaceToFaceEmployerContactOn")) {
                    progress.put(field, old.get(field));
                }
                progress.put("jobs", old.get("jobs") instanceof List<?> jobs ? jobs : List.of());
            }
            default -> throw new IllegalStateException("Unknown pathway in a stored enrolment state");
        }
        fields.put("progress", progress);
        return new Document(fields);
    }

    /** A tenancy was kept with its address as "description", as jobs still are. */
    private static Map<String, Object> tenancy(Map<?, ?> held) {
        Map<String, Object> tenancy = new LinkedHashMap<>();
        tenancy.put("id", held.get("id"));
        tenancy.put("property", held.get("description"));
        tenancy.put("startedOn", held.get("startedOn"));
        tenancy.put("endedOn", held.get("endedOn"));
        tenancy.put("checksDone", held.get("checksDone") instanceof List<?> done ? done : new ArrayList<>());
        return tenancy;
    }
}
