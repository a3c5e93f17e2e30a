package nl.ppsim.model;

import java.util.Map;

/**
 * How Dutch VAT (btw) treats a business model's revenue item, by default; a scenario may override
 * it per step ({@code vat: {rent: exempt}}). The rules, simplified:
 * <ul>
 * <li><b>exempt</b>: education by a recognised institution (Wet op de omzetbelasting 1968, art. 11
 * lid 1 onder o), such as trajectories to work including schooling bought by a municipality;</li>
 * <li><b>training</b>: vocational training, exempt when the provider is registered in the CRKBO
 * (art. 11 lid 1 onder o, sub 2), taxed otherwise (the scenario's {@code crkbo_registered});</li>
 * <li><b>outside</b>: not a supply (grants, funding, internal transfers): no VAT either way, and not
 * part of the pro-rata;</li>
 * <li><b>taxed</b> at the general rate (art. 9 lid 1: 21%): contract research, lab rental, placing
 * students, memberships, brokerage and everything else sold to companies.</li>
 * </ul>
 * Input VAT on the costs of an activity is deductible in the share of its taxed revenue in its taxed
 * plus exempt revenue (the pro-rata of art. 11 Uitvoeringsbeschikking omzetbelasting 1968, applied
 * per business model); for shared cost lines the share is taken over all that funds the PPS, the
 * subsidy and partner cash included, since they pay for activities that are not supplies. Personnel
 * costs, interest and in-kind contributions carry no VAT.
 */
public enum Vat {
    /** Exempt education. */
    EXEMPT("exempt"),
    /** Vocational training: exempt when the provider is CRKBO-registered, else taxed. */
    TRAINING("training"),
    /** Outside the scope of VAT. */
    OUTSIDE("outside"),
    /** Taxed at the general rate. */
    TAXED("taxed");

    /** The general rate: Wet op de omzetbelasting 1968, art. 9 lid 1 (21% since 2012). */
    public static final double GENERAL_RATE = 0.21;

    private final String id;

    Vat(String id) {
        this.id = id;
    }

    /** The name in scenarios. */
    public String id() {
        return id;
    }

    /** The class with this id; IllegalArgumentException when unknown. */
    public static Vat of(String id) {
        for (Vat v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown VAT class " + id);
    }

    private static final Map<String, Vat> STEPS = Map.of(
            "municipal_fees",
            EXEMPT,
            "course_fees",
            TRAINING,
            "trainings",
            TRAINING,
            "grants",
            OUTSIDE,
            "research_use",
            OUTSIDE,
            "innovation_budget",
            OUTSIDE);

    /** The default class of a catalog revenue step, by its name ({@link #TAXED} unless listed). */
    public static Vat ofStep(String step) {
        return STEPS.getOrDefault(step, TAXED);
    }
}
