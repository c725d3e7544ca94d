package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.Sex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The equality breakdowns: ethnicity, sex, disability (as the participant gave them at registration, "prefer
 * not to say" included) and age band at the start of the enrolment; each has a "Not recorded" row for
 * participants without that detail.
 */
final class EqualityDimensions {

    static final String ETHNICITY = "Ethnicity";
    static final String SEX = "Sex";
    static final String AGE_BAND = "Age band";
    static final String DISABILITY = "Disability";

    private EqualityDimensions() {
    }

    static List<Category> ethnicities() {
        return withNotRecorded(Arrays.stream(EthnicGroup.values())
                .map(group -> new Category(group.name(), group.label())).toList());
    }

    static String ethnicityOf(OutcomeRow enrolment) {
        return keyOf(equalityOf(enrolment).ethnicity());
    }

    static List<Category> sexes() {
        return withNotRecorded(Arrays.stream(Sex.values()).map(sex -> new Category(sex.name(), sex.label())).toList());
    }

    static String sexOf(OutcomeRow enrolment) {
        return keyOf(equalityOf(enrolment).sex());
    }

    static List<Category> disabilities() {
        return withNotRecorded(Arrays.stream(Disability.values())
                .map(disability -> new Category(disability.name(), disability.label())).toList());
    }

    static String disabilityOf(OutcomeRow enrolment) {
        return keyOf(equalityOf(enrolment).disability());
    }

    /** The published bands, "Under 16" first when {@code anyUnder16}, then "Not recorded". */
    static List<Category> ageBands(boolean anyUnder16) {
        List<Category> bands = new ArrayList<>();
        if (anyUnder16) {
            bands.add(category(AgeBand.UNDER_16));
        }
        AgeBand.published().forEach(band -> bands.add(category(band)));
        return withNotRecorded(bands);
    }

    static String ageBandOf(OutcomeRow enrolment) {
        if (enrolment.participant().dateOfBirth() == null || enrolment.startedOn() == null) {
            return Category.NOT_RECORDED_KEY;
        }
        return AgeBand.on(enrolment.participant().dateOfBirth(), enrolment.startedOn()).name();
    }

    private static Category category(AgeBand band) {
        return new Category(band.name(), band.label());
    }

    private static EqualityDetails equalityOf(OutcomeRow enrolment) {
        EqualityDetails details = enrolment.participant().equality();
        return details == null ? EqualityDetails.NOT_RECORDED : details;
    }

    private static String keyOf(Enum<?> value) {
        return value == null ? Category.NOT_RECORDED_KEY : value.name();
    }

    private static List<Category> withNotRecorded(List<Category> categories) {
        List<Category> all = new ArrayList<>(categories);
        all.add(Category.NOT_RECORDED);
        return List.copyOf(all);
    }
}
