package nl.ppsim.scenario;

import java.util.Arrays;
import java.util.List;
import nl.ppsim.model.CostType;

/**
 * What a subsidy scheme can exclude from the eligible budget or from co-financing: a cost type
 * (new build, commercial activities, ...), the workplaces and coaching of students in
 * work-based learning (bpv), or curriculum development. A catalog step says which it is
 * ({@link #ofStep}); a cost line by its {@code type:}; a partner's in-kind by {@code in_kind_types:}.
 */
public enum EligibilityItem {
    /** Staff costs. */
    PERSONNEL("personnel"),
    /** Material and services. */
    MATERIAL("material"),
    /** Investments and set-up costs. */
    INVESTMENT("investment"),
    /** New build and renovation. */
    BUILDING("building"),
    /** Housing: rent and facilities. */
    HOUSING("housing"),
    /** Commercial activities: sales, campaigns, events, recruitment. */
    COMMERCIAL("commercial"),
    /** Anything else. */
    OTHER("other"),
    /** Workplaces and coaching of students in work-based learning (beroepspraktijkvorming). */
    BPV("bpv"),
    /** Developing (new) education: curricula, programmes. */
    CURRICULUM("curriculum");

    private final String id;

    EligibilityItem(String id) {
        this.id = id;
    }

    /** The name in scheme files and scenarios. */
    public String id() {
        return id;
    }

    /** Every id, for error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(EligibilityItem::id).toList();
    }

    /** The item with this id, or null. */
    public static EligibilityItem of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst().orElse(null);
    }

    /**
     * The item of a cost type, of the same name (financing has none: loans are not project costs a
     * scheme lists); every other cost type has one (tested).
     */
    public static EligibilityItem of(CostType t) {
        return t == CostType.FINANCING ? null : valueOf(t.name());
    }

    /**
     * The item of a catalog step: bpv for the workplaces and coaching of leren in de praktijk,
     * curriculum for the opleidingshuis's development of education, else the step's cost type.
     */
    public static EligibilityItem ofStep(String model, String step) {
        if (model.equals("leren_in_de_praktijk") && (step.equals("workplaces") || step.equals("coaching"))) {
            return BPV;
        }
        if (model.equals("opleidingshuis") && step.equals("development")) {
            return CURRICULUM;
        }
        return of(CostType.ofStep(step));
    }
}
