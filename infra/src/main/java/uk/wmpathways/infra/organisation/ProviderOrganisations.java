package uk.wmpathways.infra.organisation;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The provider organisations that deliver enrolments, by code: what every module asks about them (does it exist,
 * its name, is it taking on work, what it serves).
 * <p>
 * The organisations are event-sourced (case-service's {@code Organisation}); case-service's organisation directory
 * keeps this copy current ({@link #record}) as each event is stored, and fills it from the event store at
 * start-up. Until then (and in tests that build it by hand) it answers the configured organisations,
 * {@code pathways.organisations.<CODE>=<name>}, or when none are configured the fictitious demo ones: those are
 * also what a first start records as events. A retired organisation keeps its name, so history still reads.
 */
public class ProviderOrganisations {

    public static final Map<String, String> DEMO = demo();

    /**
     * One organisation as it is now. {@code pathways} and {@code localAuthorities} are the names of case-service's
     * {@code Pathway} and {@code LocalAuthority} values; null only for a configured organisation not yet recorded as
     * events, which serves everything.
     */
    public record Organisation(String code, String name, boolean active, Set<String> pathways,
                               Set<String> localAuthorities) {

        public Organisation {
            pathways = pathways == null ? null : Set.copyOf(pathways);
            localAuthorities = localAuthorities == null ? null : Set.copyOf(localAuthorities);
        }

        public boolean servesPathway(String pathway) {
            return pathways == null || pathways.contains(pathway);
        }

        public boolean servesLocalAuthority(String localAuthority) {
            return localAuthorities == null || localAuthorities.contains(localAuthority);
        }
    }

    private final Map<String, String> configured;
    private volatile Map<String, Organisation> byCode;
    private volatile Set<String> recordedCodes = Set.of();

    public ProviderOrganisations(Map<String, String> namesByCode) {
        this.configured = Collections.unmodifiableMap(new LinkedHashMap<>(
                namesByCode == null || namesByCode.isEmpty() ? DEMO : namesByCode));
        Map<String, Organisation> initial = new LinkedHashMap<>();
        configured.forEach((code, name) -> initial.put(code, new Organisation(code, name, true, null, null)));
        this.byCode = Collections.unmodifiableMap(initial);
    }

    /** Known, active or retired. */
    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Recorded as events (not only configured): a code a new organisation cannot take. */
    public boolean isRecorded(String code) {
        return code != null && recordedCodes.contains(code);
    }

    /** Known and not retired: it may take on enrolments and caseworkers. */
    public boolean isActive(String code) {
        return organisation(code).map(Organisation::active).orElse(false);
    }

    /** The organisation's name (a retired one's too), or the code itself when it is not known. */
    public String nameOf(String code) {
        return code == null ? "" : find(code).orElse(code);
    }

    public Optional<String> find(String code) {
        return organisation(code).map(Organisation::name);
    }

    public Optional<Organisation> organisation(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Code to name of every organisation, retired ones included (history names them), in the order created. */
    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        byCode.values().forEach(organisation -> names.put(organisation.code(), organisation.name()));
        return Collections.unmodifiableMap(names);
    }

    /** Code to name of the organisations not retired, in the order created. */
    public Map<String, String> active() {
        Map<String, String> names = new LinkedHashMap<>();
        byCode.values().stream().filter(Organisation::active)
                .forEach(organisation -> names.put(organisation.code(), organisation.name()));
        return Collections.unmodifiableMap(names);
    }

    public List<Organisation> organisations() {
        return List.copyOf(byCode.values());
    }

    /** What a first start records: the configured organisations, else the demo ones. */
    public Map<String, String> configured() {
        return configured;
    }

    /** Replaces everything known with the organisations recorded as events (at start-up). */
    public synchronized void replaceAll(List<Organisation> recorded) {
        Map<String, Organisation> replaced = new LinkedHashMap<>();
        recorded.forEach(organisation -> replaced.put(organisation.code(), organisation));
        byCode = Collections.unmodifiableMap(replaced);
        recordedCodes = Set.copyOf(replaced.keySet());
    }

    /** Records one organisation as it is now (a new one goes last). */
    public synchronized void record(Organisation organisation) {
        Map<String, Organisation> changed = new LinkedHashMap<>(byCode);
        changed.put(organisation.code(), organisation);
        byCode = Collections.unmodifiableMap(changed);
        Set<String> codes = new HashSet<>(recordedCodes);
        codes.add(organisation.code());
        recordedCodes = Set.copyOf(codes);
    }

    private static Map<String, String> demo() {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("DEMO-SUPPORT", "West Midlands Demo Support Trust (demo)");
        demo.put("HOMES-FIRST", "Homes First Partnership (demo)");
        demo.put("STREET-OUTREACH", "Street Outreach Collective (demo)");
        demo.put("WORK-WELL", "Work Well IPS Service (demo)");
        // Rough Sleeping Initiative outreach and accommodation providers of the demo data set, two or more an area
        demo.put("RSI-BHAM-NIGHTLINE", "Brindleyside Nightline Outreach (demo)");
        demo.put("RSI-BHAM-HUB", "Canal Quarter Assessment Hub (demo)");
        demo.put("RSI-BHAM-NIGHTWALK", "Second City Night Walkers (demo)");
        demo.put("RSI-BHAM-PATHWAY", "Moseley Road Pathway Project (demo)");
        demo.put("RSI-COV-OUTREACH", "Spires Street Outreach (demo)");
        demo.put("RSI-COV-SHELTER", "Coventry Ring Road Night Shelter (demo)");
        demo.put("RSI-DUD-OUTREACH", "Castle Hill Outreach (demo)");
        demo.put("RSI-DUD-HOSTEL", "Stourside Hostel Trust (demo)");
        demo.put("RSI-SAND-OUTREACH", "Sandwell Rough Sleeper Team (demo)");
        demo.put("RSI-SAND-HUB", "Oldbury Crossing Hub (demo)");
        demo.put("RSI-SOL-OUTREACH", "Blythe Valley Outreach (demo)");
        demo.put("RSI-WAL-OUTREACH", "Arboretum Outreach Walsall (demo)");
        demo.put("RSI-WOLV-OUTREACH", "Black Country Street Team (demo)");
        demo.put("RSI-WOLV-NIGHTSTOP", "Molineux Lane Nightstop (demo)");
        return Collections.unmodifiableMap(demo);
    }
}
