package uk.wmpathways.reporting.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A pathway's headline rate in a report: the people who achieved the outcome ({@code achieved}: the
 * enrolments on which they did) of the people in its base ({@code base}: their enrolments). People are counted
 * once, whatever their number of enrolments; every achieving enrolment is one of the base.
 */
record HeadlineRate(String measure, List<OutcomeRow> base, List<OutcomeRow> achieved) {

    Proportion proportion() {
        return new Proportion(people(achieved), people(base));
    }

    /**
     * The rate per category of a dimension: each row counts the people with an enrolment of that category
     * (a person with enrolments in two categories is counted in both).
     */
    Tally by(String dimension, List<Category> categories, Function<OutcomeRow, String> categoryOf) {
        Map<String, Long> achievedBy = peopleBy(achieved, categoryOf);
        Map<String, Long> baseBy = peopleBy(base, categoryOf);
        return new Tally(dimension, measure, categories.stream()
                .map(category -> new Tally.Row(category, achievedBy.getOrDefault(category.key(), 0L),
                        baseBy.getOrDefault(category.key(), 0L)))
                .toList());
    }

    /** The categories that occur in the base, in the order of their keys, labelled by {@code labelOf}. */
    List<Category> categoriesInBase(Function<OutcomeRow, String> categoryOf, Function<String, String> labelOf) {
        Set<String> keys = base.stream().map(categoryOf).collect(Collectors.toCollection(TreeSet::new));
        return keys.stream().map(key -> new Category(key, labelOf.apply(key))).toList();
    }

    static long people(List<OutcomeRow> enrolments) {
        return enrolments.stream().map(OutcomeRow::participantId).distinct().count();
    }

    private static Map<String, Long> peopleBy(List<OutcomeRow> enrolments, Function<OutcomeRow, String> categoryOf) {
        Map<String, Set<String>> people = new LinkedHashMap<>();
        for (OutcomeRow enrolment : enrolments) {
            people.computeIfAbsent(categoryOf.apply(enrolment), key -> new TreeSet<>()).add(enrolment.participantId());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        people.forEach((key, ids) -> counts.put(key, (long) ids.size()));
        return counts;
    }
}
