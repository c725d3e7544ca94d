package uk.wmpathways.caseservice.api.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static uk.wmpathways.caseservice.api.enrolment.PathwayProgress.unless;

/**
 * A Housing First enrolment's progress: referral, eligibility, and every tenancy it has had (the last one may be
 * running), each with its sustainment checks.
 */
public record HousingFirstProgress(Stage stage, List<Tenancy> tenancies) implements PathwayProgress {

    private static final EventCases<HousingFirstProgress, HousingFirstProgress> CASES =
            EventCases.<HousingFirstProgress, HousingFirstProgress>of()
                    .on(HousingFirstEligibilityAssessed.class, (progress, e) ->
                            e.accepted() ? progress.at(Stage.ACCEPTED) : progress)
                    .on(TenancyStarted.class, (progress, e) -> {
                        List<Tenancy> tenancies = new ArrayList<>(progress.tenancies);
                        tenancies.add(Tenancy.started(e.tenancyId(), e.property(), e.startedOn()));
                        return new HousingFirstProgress(Stage.HOUSED, tenancies);
                    })
                    .on(TenancySustainmentChecked.class, (progress, e) -> progress.withTenancy(progress.stage,
                            e.tenancyId(), tenancy -> tenancy.checked(e.monthsAfterStart())))
                    .on(TenancyEnded.class, (progress, e) -> progress.withTenancy(Stage.TENANCY_ENDED,
                            e.tenancyId(), tenancy -> tenancy.ended(e.endedOn())));

    public HousingFirstProgress {
        tenancies = tenancies == null ? List.of() : List.copyOf(tenancies);
    }

    static HousingFirstProgress referred() {
        return new HousingFirstProgress(Stage.REFERRED, List.of());
    }

    @Override
    public Pathway pathway() {
        return Pathway.HOUSING_FIRST;
    }

    @Override
    public HousingFirstProgress apply(EnrolmentEvent event) {
        return CASES.apply(this, event).orElse(this);
    }

    @Override
    public Set<Class<? extends EnrolmentEvent>> taught() {
        return CASES.taught();
    }

    @Override
    public Optional<String> whyNot(Step step) {
        return switch (step) {
            case ASSESS_HOUSING_FIRST_ELIGIBILITY -> unless(stage == Stage.REFERRED,
                    "Eligibility has already been assessed");
            case START_TENANCY -> stage == Stage.REFERRED
                    ? Optional.of("A tenancy can start only after the Housing First referral is accepted")
                    : unless(stage != Stage.HOUSED, "A tenancy is already running; end it before starting another");
            case RECORD_TENANCY_SUSTAINMENT_CHECK -> stage != Stage.HOUSED
                    ? Optional.of("There is no running tenancy to check")
                    : unless(currentTenancy().map(running -> !running.outstandingChecks().isEmpty()).orElse(false),
                    "Every sustainment check of this tenancy has been recorded");
            case END_TENANCY -> unless(stage == Stage.HOUSED, "There is no running tenancy to end");
            default -> throw new IllegalArgumentException(step + " is not a Housing First step");
        };
    }

    @Override
    public List<DueItem> due() {
        return currentTenancy().map(running -> running.outstandingChecks().stream()
                .map(months -> new DueItem(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK,
                        running.startedOn().plusMonths(months), running.id(), Step.RECORD_TENANCY_SUSTAINMENT_CHECK,
                        months + "-month tenancy sustainment check"))
                .toList()).orElse(List.of());
    }

    /** The running tenancy, if any: only the last one started can be running. */
    public Optional<Tenancy> currentTenancy() {
        return tenancies.isEmpty() ? Optional.empty()
                : Optional.of(tenancies.get(tenancies.size() - 1)).filter(Tenancy::isRunning);
    }

    public Optional<Tenancy> tenancy(String tenancyId) {
        return tenancies.stream().filter(tenancy -> tenancy.id().equals(tenancyId)).findFirst();
    }

    private HousingFirstProgress at(Stage next) {
        return new HousingFirstProgress(next, tenancies);
    }

    private HousingFirstProgress withTenancy(Stage next, String tenancyId, UnaryOperator<Tenancy> change) {
        return new HousingFirstProgress(next, tenancies.stream()
                .map(tenancy -> tenancy.id().equals(tenancyId) ? change.apply(tenancy) : tenancy).toList());
    }
}
