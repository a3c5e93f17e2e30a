package nl.ppsim.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One line of a business model's money logic for a year, as the docs print it: a named quantity
 * (a volume, the projects run), a revenue item with the groups that pay it by default, or a cost
 * item with who carries it by default (the PPS in cash or a partner group in kind). The expression
 * may use the model's parameters, the year's context and earlier steps by name.
 */
public record Step(
        String name, Kind kind, String text, Expr expr, Map<Payer, Double> payers, Bearer bearer, boolean oneOff) {

    /** What a step computes. */
    public enum Kind {
        /** A quantity used by later steps (not money). */
        QUANTITY,
        /** Money the model earns, split over its payers. */
        REVENUE,
        /** Money the model costs, carried by its bearer. */
        COST,
        /**
         * The yearly provision for the model's one-off investments (not cash): the structural test
         * charges it instead of the investments' cash years, which the reserve keeps.
         */
        PROVISION,
        /** Students the model reaches in the year (Katapult's monitoring counts students, teachers and companies). */
        REACH_STUDENTS,
        /** Teachers the model reaches in the year. */
        REACH_TEACHERS,
        /** Companies the model reaches in the year. */
        REACH_COMPANIES;

        /** Whether the step counts people or companies reached (not money). */
        public boolean reach() {
            return this == REACH_STUDENTS || this == REACH_TEACHERS || this == REACH_COMPANIES;
        }
    }

    /** Checks that the step has a name and an expression. */
    public Step {
        payers = payers == null || payers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(payers));
    }

    /** The default share of this revenue item paid by {@code payer} (0 for a quantity or a cost). */
    public double share(Payer payer) {
        return payers.getOrDefault(payer, 0.0);
    }
}
