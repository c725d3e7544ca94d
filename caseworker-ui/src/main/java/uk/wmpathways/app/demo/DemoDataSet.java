package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.LocalAuthority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.COVENTRY;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.SANDWELL;
import static uk.wmpathways.caseservice.api.LocalAuthority.SOLIHULL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WOLVERHAMPTON;

/**
 * The demo data set: fictitious people whose stories add up to the published West Midlands figures
 * ({@code domain.md}), and the periods (report criteria) in which they do. Deterministic: the seed decides
 * everything, including (through {@code pathways.trial.seed}) the trial arms the system draws.
 */
public final class DemoDataSet {

    /** The one seed of the demo data; as the trial seed it draws 2,367 treatment arms of 3,700 (share 0.64). */
    public static final long SEED = 2019;
    /** The share of trial allocations to the treatment arm that gives about 2,370 of 3,700. */
    public static final double TREATMENT_SHARE = 0.64;
    /** Who recorded the demo data's steps. */
    static final String RECORDED_BY = "demo-data";
    /** Funding drawdowns are recorded by an administrator. */
    static final String ADMINISTRATOR = "admin";

    // The report criteria under which the published figures come out.
    public static final LocalDate TIW_FROM = LocalDate.of(2018, 6, 1);
    public static final LocalDate TIW_TO = LocalDate.of(2020, 10, 31);
    public static final LocalDate HF_FROM = LocalDate.of(2018, 5, 1);
    public static final LocalDate HF_TO = LocalDate.of(2022, 3, 31);
    public static final LocalDate RSI_FROM = LocalDate.of(2018, 4, 1);
    public static final LocalDate RSI_TO = LocalDate.of(2020, 3, 31);
    /** Every trial referral was consented and allocated by this day. */
    static final LocalDate TIW_LAST_ENROLMENT = LocalDate.of(2020, 9, 30);

    // The published figures.
    public static final int HF_ACCOMMODATED = 476;
    public static final int RSI_SUPPORTED = 1_211;
    public static final int RSI_ORGANISATIONS = 14;
    public static final int TIW_SUPPORTED_TOTAL = 3_700;
    public static final int TIW_TREATMENT_INTO_EMPLOYMENT = 710;
    public static final int TIW_INTO_EMPLOYMENT = 890;
    public static final Map<LocalAuthority, Integer> TIW_SUPPORTED = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            BIRMINGHAM, 751, COVENTRY, 380, DUDLEY, 815, SANDWELL, 962, SOLIHULL, 271, WALSALL, 89,
            WOLVERHAMPTON, 432)));
    public static final Map<LocalAuthority, Integer> TIW_INTO_EMPLOYMENT_BY_AREA = Collections.unmodifiableMap(
            new EnumMap<>(Map.of(BIRMINGHAM, 126, COVENTRY, 95, DUDLEY, 218, SANDWELL, 224, SOLIHULL, 70,
                    WALSALL, 18, WOLVERHAMPTON, 139)));
    public static final List<LocalAuthority> BLACK_COUNTRY = List.of(DUDLEY, SANDWELL, WALSALL, WOLVERHAMPTON);
    /** A job start is a first paid job of at least this many hours a week. */
    static final BigDecimal JOB_START_HOURS = BigDecimal.valueOf(4);

    private DemoDataSet() {
    }

    /**
     * {@code count} items shared out over the keys in proportion to their weights, each key's share rounded
     * so that the shares add up to {@code count} (largest remainder), in key order.
     */
    static <K> List<K> spread(int count, Map<K, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        record Share<K>(K key, int whole, double remainder, int order) {
        }
        List<Share<K>> shares = new ArrayList<>();
        int order = 0;
        for (Map.Entry<K, Double> entry : weights.entrySet()) {
            double exact = count * entry.getValue() / total;
            shares.add(new Share<>(entry.getKey(), (int) Math.floor(exact), exact - Math.floor(exact), order++));
        }
        int left = count - shares.stream().mapToInt(Share::whole).sum();
        List<Share<K>> byRemainder = shares.stream()
                .sorted(Comparator.comparingDouble((Share<K> share) -> share.remainder()).reversed()
                        .thenComparingInt(Share::order))
                .toList();
        List<K> spread = new ArrayList<>();
        for (Share<K> share : shares) {
            int extra = byRemainder.indexOf(share) < left ? 1 : 0;
            for (int i = 0; i < share.whole() + extra; i++) {
                spread.add(share.key());
            }
        }
        return spread;
    }

    /** The National Living Wage (aged 25 and over) in force on the day, in pounds an hour. */
    static BigDecimal nationalLivingWage(LocalDate day) {
        if (day.isBefore(LocalDate.of(2019, 4, 1))) {
            return new BigDecimal("7.83");
        }
        if (day.isBefore(LocalDate.of(2020, 4, 1))) {
            return new BigDecimal("8.21");
        }
        if (day.isBefore(LocalDate.of(2021, 4, 1))) {
            return new BigDecimal("8.72");
        }
        return day.isBefore(LocalDate.of(2022, 4, 1)) ? new BigDecimal("8.91") : new BigDecimal("9.50");
    }
}
