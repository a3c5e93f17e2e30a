package nl.ppsim.report;

import java.util.List;
import java.util.Map;
import nl.ppsim.io.SchemeReader;
import nl.ppsim.scenario.SubsidyScheme;

/** Words for subsidy schemes: the list of shipped schemes and one scheme's rules with their sources. */
public final class SchemeText {
    private SchemeText() {}

    static String status(String status, Lang l) {
        return switch (status) {
            case "current" -> l.t("geldend", "current");
            case "historic" -> l.t("historisch", "historic");
            case "programme" -> l.t("programma", "programme");
            default -> l.t("eigen regels", "own rules");
        };
    }

    /** The list of shipped schemes for {@code ppsim schemes}. */
    public static String list(Lang l) {
        StringBuilder sb = new StringBuilder(l.t(
                        "Subsidieregelingen (ppsim schemes NAAM voor de regels; in een scenario 'subsidy: {scheme: NAAM}'):",
                        "Subsidy schemes (ppsim schemes NAME for the rules; in a scenario 'subsidy: {scheme: NAME}'):"))
                .append('\n');
        for (Map.Entry<String, String> alias : new java.util.TreeMap<>(SchemeReader.ALIASES).entrySet()) {
            sb.append(String.format(
                    "  %-16s %s%n",
                    alias.getKey(),
                    l.t("= ", "= ") + alias.getValue() + l.t(" (de geldende versie)", " (the current version)")));
        }
        for (String id : SchemeReader.SHIPPED) {
            SubsidyScheme s = SchemeReader.shipped(id);
            long unverified =
                    s.rules().stream().filter(r -> r.limit().unverified()).count();
            sb.append(String.format(
                    "  %-16s %s [%s]; %s%s%s%n",
                    id,
                    s.title(),
                    status(s.status(), l),
                    figures(s, l),
                    s.rules().size()
                            + (s.rules().size() == 1 ? l.t(" regel", " rule") : l.t(" regels", " rules"))
                            + (unverified > 0
                                    ? l.t(", waarvan " + unverified + " onbevestigd", ", " + unverified + " unverified")
                                    : ""),
                    s.variants().isEmpty()
                            ? ""
                            : l.t("; varianten: ", "; variants: ") + String.join(", ", s.variants())));
        }
        sb.append("  custom           ")
                .append(l.t(
                        "eigen regels in het scenario (subsidy.rules)", "own rules in the scenario (subsidy.rules)"))
                .append('\n');
        return sb.toString();
    }

    /** The scheme's main figures in one line: the subsidy, its share, the partners asked, the duration. */
    static String figures(SubsidyScheme s, Lang l) {
        List<String> parts = new java.util.ArrayList<>();
        SubsidyScheme.Limit total = s.totalSubsidy();
        if (!Double.isNaN(total.max())) {
            parts.add(l.t("subsidie tot ", "subsidy up to ") + l.euroExact(total.max()));
        }
        if (!Double.isNaN(s.subsidyShare().max())) {
            parts.add(l.t("hoogstens ", "at most ")
                    + l.percent(s.subsidyShare().max())
                    + l.t(" van de kosten", " of the costs"));
        }
        for (nl.ppsim.scenario.Group g : nl.ppsim.scenario.Group.values()) {
            if (s.minPartners(g).present()) {
                parts.add(l.t("ten minste ", "at least ")
                        + l.integer(s.minPartners(g).min()) + " " + g.key());
            }
        }
        SubsidyScheme.Limit d = s.durationYears();
        if (d.present()) {
            parts.add(
                    Double.isNaN(d.value())
                            ? l.t("hoogstens ", "at most ") + l.integer(d.max()) + l.t(" jaar", " years")
                            : l.integer(d.value()) + l.t(" jaar", " years"));
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + "; ";
    }

    /** What a rule's limit says, in the rule's own unit. */
    static String limit(SubsidyScheme.Rule r, Lang l) {
        SubsidyScheme.Limit x = r.limit();
        boolean share = r.name().startsWith("subsidy_share") || r.name().startsWith("group_shares");
        boolean euro = r.name().equals("total_subsidy")
                || r.name().equals("hour_rate")
                || r.name().equals("round_budget");
        java.util.function.DoubleFunction<String> f = v -> share ? l.percent(v) : euro ? l.euroExact(v) : l.number(v);
        if (r.name().equals("payments")) {
            return l.t("voorschotten", "advances");
        }
        if (r.name().equals("settlement")) {
            return l.t("vaststelling op de werkelijke kosten", "settled on the actual costs");
        }
        if (r.name().startsWith("ineligible.")) {
            return l.t("telt niet mee: ", "not counted: ")
                    + HeadlineText.eligibilityItemName(
                            nl.ppsim.scenario.EligibilityItem.of(r.name().substring("ineligible.".length())), l);
        }
        StringBuilder sb = new StringBuilder();
        if (!Double.isNaN(x.min()) && !Double.isNaN(x.max())) {
            sb.append(f.apply(x.min())).append(" - ").append(f.apply(x.max()));
        } else if (!Double.isNaN(x.min())) {
            sb.append(">= ").append(f.apply(x.min()));
        } else if (!Double.isNaN(x.max())) {
            sb.append("<= ").append(f.apply(x.max()));
        }
        if (!Double.isNaN(x.value())) {
            sb.append(sb.length() > 0 ? ", " : "").append(f.apply(x.value()));
        }
        return sb.toString();
    }

    /**
     * A scheme's source or note as the scheme file cites it: in Dutch, the language of the
     * regulations it quotes; an English text says so rather than translating a legal source.
     */
    public static String cited(String text, Lang l) {
        return text == null || text.isEmpty() || l == Lang.NL ? text : "(in Dutch) " + text;
    }

    /**
     * A scheme's own text (a note, a description, how it is assessed) in the reader's language;
     * cited as Dutch when the scheme file gives no English.
     */
    public static String own(nl.ppsim.scenario.Wording w, Lang l) {
        return l == Lang.EN && w.en() != null ? w.en() : cited(w.nl(), l);
    }

    /** One scheme's rules with their sources, for {@code ppsim schemes NAME}. */
    public static String show(SubsidyScheme s, Lang l) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.title())
                .append(" (")
                .append(s.id())
                .append(s.variant() == null ? "" : ", " + l.t("variant ", "variant ") + s.variant())
                .append("), ")
                .append(status(s.status(), l))
                .append('\n');
        sb.append(s.regulation()).append("\n\n");
        sb.append(l.t(
                        "Regels (onbevestigd: in geen brontekst bevestigd, waarschuwt alleen):",
                        "Rules (unverified: confirmed in no source text, only warns):"))
                .append('\n');
        for (SubsidyScheme.Rule r : s.rules()) {
            sb.append(String.format(
                    "  %-22s %-26s %s%n      %s%n",
                    r.name(),
                    limit(r, l),
                    r.limit().unverified() ? l.t("[onbevestigd]", "[unverified]") : "",
                    cited(r.limit().source(), l)));
        }
        if (!s.variants().isEmpty()) {
            sb.append(l.t(
                            "Varianten (--variant NAAM; in een scenario 'variant: NAAM'): ",
                            "Variants (--variant NAME; in a scenario" + " 'variant: NAME'): "))
                    .append(String.join(", ", s.variants()))
                    .append('\n');
        }
        if (!s.assessment().isEmpty()) {
            sb.append(l.t("Beoordeling: ", "Assessment: "))
                    .append(own(s.assessment(), l))
                    .append('\n');
        }
        for (nl.ppsim.scenario.Wording note : s.notes()) {
            sb.append("- ").append(own(note, l)).append('\n');
        }
        return sb.toString();
    }
}
