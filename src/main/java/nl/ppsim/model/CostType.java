package nl.ppsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a cost is, as a controller reads a budget: personnel, material, investment, new build or
 * renovation, housing, a commercial activity (sales, campaigns, events) or other; and financing (loan repayments and
 * interest), which only the engine assigns. The catalog types every cost step of a business model;
 * a scenario types its cost lines with {@code type:}.
 */
public enum CostType {
    /** Staff: wages, hours, coaching, supervision. */
    PERSONNEL("personnel"),
    /** Material and services: development, materials, maintenance, insurance, software. */
    MATERIAL("material"),
    /** Investments and set-up costs. */
    INVESTMENT("investment"),
    /** New build and renovation (schemes often exclude it). */
    BUILDING("building"),
    /** Housing: rent and facilities. */
    HOUSING("housing"),
    /** A commercial activity: sales, campaigns, events, recruitment. */
    COMMERCIAL("commercial"),
    /** Anything else, and costs whose type the scenario does not give. */
    OTHER("other"),
    /** Loan repayments and interest (not a type a scenario gives). */
    FINANCING("financing");

    private final String id;

    CostType(String id) {
        this.id = id;
    }

    /** The name in scenarios and CSV files. */
    public String id() {
        return id;
    }

    /** The types a scenario may give a cost line. */
    public static List<String> ids() {
        return Arrays.stream(values())
                .filter(t -> t != FINANCING)
                .map(CostType::id)
                .toList();
    }

    /** The type with this id; IllegalArgumentException when unknown. */
    public static CostType of(String id) {
        return Arrays.stream(values())
                .filter(t -> t.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cost type " + id));
    }

    private static final Map<String, CostType> STEPS = Map.ofEntries(
            Map.entry("account_and_scout", PERSONNEL),
            Map.entry("account_manager", PERSONNEL),
            Map.entry("account_managers", PERSONNEL),
            Map.entry("ambassadors", PERSONNEL),
            Map.entry("assignment_coaching", PERSONNEL),
            Map.entry("assignment_wages", PERSONNEL),
            Map.entry("business_developer", PERSONNEL),
            Map.entry("coaching", PERSONNEL),
            Map.entry("company_experts", PERSONNEL),
            Map.entry("company_supervision", PERSONNEL),
            Map.entry("coordination", PERSONNEL),
            Map.entry("guidance", PERSONNEL),
            Map.entry("helpdesk", PERSONNEL),
            Map.entry("lectorates", PERSONNEL),
            Map.entry("member_hours_in_kind", PERSONNEL),
            Map.entry("networkers", PERSONNEL),
            Map.entry("partner_guidance", PERSONNEL),
            Map.entry("partner_trainers", PERSONNEL),
            Map.entry("practor", PERSONNEL),
            Map.entry("project_managers", PERSONNEL),
            Map.entry("researchers", PERSONNEL),
            Map.entry("school_helpdesks", PERSONNEL),
            Map.entry("school_time", PERSONNEL),
            Map.entry("supervision", PERSONNEL),
            Map.entry("teachers", PERSONNEL),
            Map.entry("trainers", PERSONNEL),
            Map.entry("wages", PERSONNEL),
            Map.entry("crm", MATERIAL),
            Map.entry("development", MATERIAL),
            Map.entry("insurance", MATERIAL),
            Map.entry("maintenance", MATERIAL),
            Map.entry("materials", MATERIAL),
            Map.entry("modules", MATERIAL),
            Map.entry("supplier_equipment", MATERIAL),
            Map.entry("investments", INVESTMENT),
            Map.entry("setup_fees", INVESTMENT),
            Map.entry("campaigns", COMMERCIAL),
            Map.entry("events", COMMERCIAL),
            Map.entry("sales", COMMERCIAL),
            Map.entry("recruitment", COMMERCIAL),
            Map.entry("company_fees", OTHER),
            Map.entry("workplaces", OTHER));

    /** The type of a catalog cost step, by its name ({@link #OTHER} for a name the catalog does not type). */
    public static CostType ofStep(String step) {
        return STEPS.getOrDefault(step, OTHER);
    }
}
