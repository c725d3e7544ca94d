package uk.wmpathways.infra.organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provider organisations that deliver enrolments, by code. Configured as
 * {@code pathways.organisations.<CODE>=<name>}; when none are configured, the fictitious demo organisations.
 */
public class ProviderOrganisations {

    public static final Map<String, String> DEMO = demo();

    private final Map<String, String> namesByCode;

    public ProviderOrganisations(Map<String, String> namesByCode) {
        this.namesByCode = Collections.unmodifiableMap(new LinkedHashMap<>(
                namesByCode == null || namesByCode.isEmpty() ? DEMO : namesByCode));
    }

    public boolean exists(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    /** The organisation's name, or the code itself when it is not (or no longer) configured. */
    public String nameOf(String code) {
        return code == null ? "" : namesByCode.getOrDefault(code, code);
    }

    public Optional<String> find(String code) {
        return Optional.ofNullable(code == null ? null : namesByCode.get(code));
    }

    /** Code to name, in the configured order. */
    public Map<String, String> all() {
        return namesByCode;
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
