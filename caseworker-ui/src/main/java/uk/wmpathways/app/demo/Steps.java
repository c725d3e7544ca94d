package uk.wmpathways.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A story's steps, sent in the order of their dates (steps of the same day in the order they were added), so
 * that a step that needs the id of an earlier one (a tenancy, a job) finds it.
 */
final class Steps {

    private record Step(LocalDate on, int order, Runnable send) {
    }

    private final List<Step> steps = new ArrayList<>();

    void on(LocalDate date, Runnable send) {
        steps.add(new Step(date, steps.size(), send));
    }

    void sendInOrder() {
        steps.stream().sorted(Comparator.comparing(Step::on).thenComparing(Step::order)).forEach(step -> step.send().run());
    }
}
