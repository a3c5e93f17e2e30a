package nl.ppsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.dist.Numbers;
import nl.ppsim.scenario.EligibilityItem;
import nl.ppsim.scenario.Group;
import nl.ppsim.scenario.SubsidyScheme;

/**
 * Reads subsidy schemes: the shipped ones from resources ({@code schemes/<id>.yaml}, one file per
 * scheme and version), and custom rules in a scenario. A shipped file may hold variants (under
 * {@code variants:}) that replace some of its rules.
 */
public final class SchemeReader {
    /** Schemes shipped with ppsim; adding one is adding a file to resources/schemes and its id here. */
    public static final List<String> SHIPPED = List.of(
            "rif-2024", "rif-2014", "groeifonds-pps", "llo-katalysator", "coe-hbo", "raak-mkb", "raak-pro", "sprong");

    /** Names that stand for a shipped scheme: {@code rif} is the current RIF. */
    public static final java.util.Map<String, String> ALIASES = java.util.Map.of("rif", "rif-2024");

    static final String[] RULE_KEYS = {
        "total_subsidy",
        "subsidy_share",
        "group_shares",
        "min_partners",
        "hour_rate",
        "duration_years",
        "payments",
        "years_after_subsidy",
        "settlement",
        "ineligible",
        "notes"
    };

    private SchemeReader() {}

    /** Every name a scenario may give as {@code scheme:} (aliases first), without {@code custom}. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(new java.util.TreeSet<>(ALIASES.keySet()));
        out.addAll(SHIPPED);
        return out;
    }

    /** The shipped scheme file's id for a name or alias, or null. */
    public static String resolve(String name) {
        String id = ALIASES.getOrDefault(name, name);
        return SHIPPED.contains(id) ? id : null;
    }

    /** The shipped scheme with this id (or alias), without a variant. */
    public static SubsidyScheme shipped(String id) {
        return shipped(id, null);
    }

    /** A shipped scheme (by id or alias), with the rules of {@code variant} (null: the base rules). */
    public static SubsidyScheme shipped(String id, String variant) {
        return read(root(resolve(id) == null ? id : resolve(id)), true, variant, null);
    }

    private static YamlNode root(String id) {
        String resource = "/schemes/" + id + ".yaml";
        try (InputStream in = SchemeReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scheme resource missing: " + resource);
            }
            return ScenarioReader.compose(new String(in.readAllBytes(), StandardCharsets.UTF_8), "ppsim:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variants of a shipped scheme, in file order (empty when it has none). */
    public static List<String> variants(String id) {
        YamlNode v = root(resolve(id)).fields(fileKeys()).get("variants");
        return v == null ? List.of() : List.copyOf(v.fields().keys());
    }

    private static String[] fileKeys() {
        List<String> keys = new ArrayList<>(List.of(RULE_KEYS));
        keys.addAll(List.of("id", "title", "regulation", "status", "round_budget", "variants", "assessment"));
        return keys.toArray(String[]::new);
    }

    static SubsidyScheme read(YamlNode node, boolean shipped) {
        return read(node, shipped, null, null);
    }

    /**
     * Reads scheme rules; a shipped file also has id, title, regulation, status, a round budget and
     * variants. {@code variantNode}, when given, is the scenario node that named the variant (for
     * an error on an unknown one).
     */
    static SubsidyScheme read(YamlNode node, boolean shipped, String variant, YamlNode variantNode) {
        YamlNode.Fields base = node.fields(shipped ? fileKeys() : RULE_KEYS);
        List<String> variantNames = new ArrayList<>();
        YamlNode.Fields over = null;
        if (shipped && base.get("variants") != null) {
            YamlNode.Fields all = base.get("variants").fields();
            variantNames.addAll(all.keys());
            if (variant != null && all.get(variant) != null) {
                List<String> keys = new ArrayList<>(List.of(RULE_KEYS));
                keys.add("description");
                over = all.get(variant).fields(keys.toArray(String[]::new));
            }
        }
        if (variant != null && over == null) {
            String problem = "regeling " + (shipped ? base.require("id", "").text() : "custom") + " kent geen variant '"
                    + variant + "'"
                    + (variantNames.isEmpty()
                            ? "; ze heeft geen varianten"
                            : "; geldig: " + String.join(", ", variantNames));
            String english = "scheme " + (shipped ? base.require("id", "").text() : "custom") + " has no variant '"
                    + variant + "'"
                    + (variantNames.isEmpty() ? "; it has no variants" : "; valid: " + String.join(", ", variantNames));
            throw variantNode != null ? variantNode.error(problem, english) : new IllegalArgumentException(problem);
        }
        YamlNode.Fields overFinal = over;
        java.util.function.Function<String, YamlNode> f =
                k -> overFinal != null && overFinal.get(k) != null ? overFinal.get(k) : base.get(k);
        String id = shipped ? base.require("id", "").text() : "custom";
        String title = shipped ? base.require("title", "").text() : "Eigen regels (custom)";
        String regulation = shipped && base.get("regulation") != null
                ? base.get("regulation").text()
                : "eigen regels in het scenario";
        String status = shipped && base.get("status") != null
                ? base.get("status").choice(List.of("current", "historic", "programme"))
                : "custom";
        SubsidyScheme.Limit[] groups = {SubsidyScheme.Limit.NONE, SubsidyScheme.Limit.NONE, SubsidyScheme.Limit.NONE};
        if (f.apply("group_shares") != null) {
            YamlNode.Fields g = f.apply("group_shares").fields("onderwijs", "werkveld", "overheid");
            for (Group group : Group.values()) {
                if (g.get(group.key()) != null) {
                    groups[group.ordinal()] = share(g.get(group.key()));
                }
            }
        }
        SubsidyScheme.Limit[] partners = {SubsidyScheme.Limit.NONE, SubsidyScheme.Limit.NONE, SubsidyScheme.Limit.NONE};
        if (f.apply("min_partners") != null) {
            YamlNode.Fields g = f.apply("min_partners").fields("onderwijs", "werkveld", "overheid");
            for (Group group : Group.values()) {
                YamlNode n = g.get(group.key());
                if (n != null) {
                    partners[group.ordinal()] = limit(n);
                    YamlNode min = n.fields("min", "max", "value", "source", "unverified")
                            .get("min");
                    if (min == null) {
                        throw n.error(
                                "geef het minimale aantal partners als {min: 6}",
                                "give the minimum number of partners as {min: 6}");
                    }
                    min.integer(1, 10_000);
                }
            }
        }
        SubsidyScheme.Limit duration = limit(f.apply("duration_years"), "value", "extension");
        if (duration.present()) {
            YamlNode.Fields d =
                    f.apply("duration_years").fields("value", "extension", "source", "min", "max", "unverified");
            YamlNode v = d.get("value") != null ? d.get("value") : d.get("max");
            if (v == null
                    || !Double.isNaN(duration.min())
                    || (d.get("value") != null && d.get("max") != null)
                    || (d.get("max") != null && d.get("extension") != null)) {
                throw f.apply("duration_years")
                        .error(
                                "de looptijd is één aantal hele jaren ({value: 4, extension: 1}) of een"
                                        + " maximum ({max: 2}: hoogstens 2 jaar)",
                                "the duration is one number of whole years ({value: 4, extension: 1})"
                                        + " or a maximum ({max: 2}: at most 2 years)");
            }
            v.integer(1, 50);
        }
        double extension = Double.NaN;
        if (f.apply("duration_years") != null) {
            YamlNode ext = f.apply("duration_years")
                    .fields("value", "extension", "source", "max", "unverified")
                    .get("extension");
            extension = ext == null ? 0 : ext.integer(0, 10);
        }
        SubsidyScheme.Payments payments = null;
        if (f.apply("payments") != null) {
            YamlNode.Fields p = f.apply("payments").fields("first", "then", "per_year", "source", "unverified");
            YamlNode firstNode = p.require(
                    "first",
                    "het eerste voorschot als fractie, bv. 0.25",
                    "the first advance as a fraction, e.g. 0.25");
            double first = fraction(firstNode);
            if (!(first > 0)) {
                throw firstNode.error(
                        "het eerste voorschot moet groter dan 0 zijn (anders wordt er niets uitbetaald), kreeg 0",
                        "the first advance must be above 0 (otherwise nothing is paid), got 0");
            }
            double then = fraction(p.require(
                    "then",
                    "elk volgend voorschot als fractie, bv. 0.05",
                    "each following advance as a fraction, e.g. 0.05"));
            int perYear = p.require("per_year", "voorschotten per jaar, bv. 4", "advances per year, e.g. 4")
                    .integer(1, 12);
            boolean unverified = p.get("unverified") != null
                    && p.get("unverified").choice(List.of("true", "false")).equals("true");
            payments = new SubsidyScheme.Payments(first, then, perYear, text(p.get("source")), unverified);
        }
        boolean proRata = false;
        boolean discretionary = false;
        String settlementSource = "";
        if (f.apply("settlement") != null) {
            YamlNode.Fields st = f.apply("settlement").fields("rule", "discretionary", "source");
            proRata = st.require("rule", "pro_rata of none", "pro_rata or none")
                    .choice(List.of("pro_rata", "none"))
                    .equals("pro_rata");
            discretionary = st.get("discretionary") != null
                    && st.get("discretionary").choice(List.of("true", "false")).equals("true");
            settlementSource = text(st.get("source"));
        }
        List<SubsidyScheme.Ineligible> ineligible = new ArrayList<>();
        if (f.apply("ineligible") != null) {
            java.util.Set<EligibilityItem> seen = java.util.EnumSet.noneOf(EligibilityItem.class);
            for (YamlNode n : f.apply("ineligible").list()) {
                YamlNode.Fields x = n.fields("item", "source", "unverified");
                YamlNode itemNode = x.require(
                        "item",
                        "een van: " + String.join(", ", EligibilityItem.ids()),
                        "one of: " + String.join(", ", EligibilityItem.ids()));
                EligibilityItem item = EligibilityItem.of(itemNode.choice(EligibilityItem.ids()));
                if (!seen.add(item)) {
                    throw itemNode.error(
                            item.id() + " staat twee keer in ineligible", item.id() + " is twice in ineligible");
                }
                boolean unverified = x.get("unverified") != null
                        && x.get("unverified").choice(List.of("true", "false")).equals("true");
                ineligible.add(new SubsidyScheme.Ineligible(item, text(x.get("source")), unverified));
            }
        }
        List<nl.ppsim.scenario.Wording> notes = new ArrayList<>();
        if (f.apply("notes") != null) {
            for (YamlNode n : f.apply("notes").list()) {
                notes.add(wording(n));
            }
        }
        if (over != null && over.get("description") != null) {
            notes.add(0, wording(over.get("description")));
        }
        SubsidyScheme.Limit share =
                f.apply("subsidy_share") == null ? SubsidyScheme.Limit.NONE : share(f.apply("subsidy_share"));
        double minimums = (Double.isNaN(share.min()) ? 0 : share.min());
        for (SubsidyScheme.Limit g : groups) {
            minimums += Double.isNaN(g.min()) ? 0 : g.min();
        }
        if (minimums > 1 + 1e-9) {
            throw (f.apply("group_shares") != null ? f.apply("group_shares") : f.apply("subsidy_share"))
                    .error(
                            "de minimale aandelen (subsidie en groepen) tellen op tot " + Numbers.brief(minimums)
                                    + ", meer dan 1 (100%): geen begroting kan daaraan voldoen",
                            "the minimum shares (subsidy and groups) add up to " + Numbers.brief(minimums)
                                    + ", more than 1 (100%): no budget can meet them");
        }
        SubsidyScheme.Limit total = limit(f.apply("total_subsidy"));
        for (double v : new double[] {total.min(), total.max(), total.value()}) {
            if (!Double.isNaN(v) && !(v >= 0 && v <= Bounds.MAX_AMOUNT)) {
                throw f.apply("total_subsidy")
                        .error(
                                "een subsidiebedrag ligt tussen 0 en " + Numbers.brief(Bounds.MAX_AMOUNT) + ", kreeg "
                                        + Numbers.brief(v),
                                "a subsidy amount lies between 0 and " + Numbers.brief(Bounds.MAX_AMOUNT) + ", got "
                                        + Numbers.brief(v));
            }
        }
        SubsidyScheme.Limit hourRate = limit(f.apply("hour_rate"));
        if (hourRate.present() && !(hourRate.value() > 0 && hourRate.value() <= 10_000)) {
            throw f.apply("hour_rate")
                    .error(
                            "het uurtarief is een bedrag per uur (value) groter dan 0 en hoogstens 10000, kreeg "
                                    + (Double.isNaN(hourRate.value()) ? "geen value" : Numbers.brief(hourRate.value())),
                            "the hour rate is an amount per hour (value) above 0 and at most 10000, got "
                                    + (Double.isNaN(hourRate.value()) ? "no value" : Numbers.brief(hourRate.value())));
        }
        SubsidyScheme.Limit after = limit(f.apply("years_after_subsidy"));
        if (after.present()) {
            YamlNode min = f.apply("years_after_subsidy")
                    .fields("min", "max", "value", "source", "unverified")
                    .get("min");
            if (min == null) {
                throw f.apply("years_after_subsidy")
                        .error(
                                "geef het minimale aantal jaren na de subsidie als {min: 4}",
                                "give the minimum number of years after the subsidy as {min: 4}");
            }
            min.integer(0, 100);
        }
        SubsidyScheme.Limit round = shipped ? limit(base.get("round_budget")) : SubsidyScheme.Limit.NONE;
        return new SubsidyScheme(
                id,
                title,
                regulation,
                status,
                variant,
                List.copyOf(variantNames),
                total,
                share,
                groups,
                partners,
                hourRate,
                duration,
                extension,
                payments,
                after,
                proRata,
                discretionary,
                settlementSource,
                round,
                ineligible,
                notes,
                shipped && base.get("assessment") != null
                        ? wording(base.get("assessment"))
                        : nl.ppsim.scenario.Wording.NONE);
    }

    private static SubsidyScheme.Limit limit(YamlNode node, String... extra) {
        if (node == null) {
            return SubsidyScheme.Limit.NONE;
        }
        List<String> keys = new ArrayList<>(List.of("min", "max", "value", "source", "unverified"));
        keys.addAll(List.of(extra));
        YamlNode.Fields f = node.fields(keys.toArray(String[]::new));
        double min = f.get("min") == null ? Double.NaN : f.get("min").number();
        double max = f.get("max") == null ? Double.NaN : f.get("max").number();
        double value = f.get("value") == null ? Double.NaN : f.get("value").number();
        if (min > max) {
            throw node.error(
                    "min (" + min + ") is groter dan max (" + max + ")",
                    "min (" + min + ") is larger than max (" + max + ")");
        }
        boolean unverified = f.get("unverified") != null
                && f.get("unverified").choice(List.of("true", "false")).equals("true");
        return new SubsidyScheme.Limit(min, max, value, text(f.get("source")), unverified);
    }

    private static SubsidyScheme.Limit share(YamlNode node) {
        SubsidyScheme.Limit l = limit(node);
        for (double v : new double[] {l.min(), l.max(), l.value()}) {
            if (!Double.isNaN(v) && (v < 0 || v > 1)) {
                throw node.error(
                        "een aandeel ligt tussen 0 en 1 (1/3 = 0.3333), kreeg " + v,
                        "a share lies between 0 and 1 (1/3 = 0.3333), got " + v);
            }
        }
        return l;
    }

    private static double fraction(YamlNode n) {
        double v = n.number();
        if (v < 0 || v > 1) {
            throw n.error("een fractie ligt tussen 0 en 1, kreeg " + v, "a fraction lies between 0 and 1, got " + v);
        }
        return v;
    }

    /** A scheme's own text: a string (Dutch) or {@code {nl: ..., en: ...}}. */
    private static nl.ppsim.scenario.Wording wording(YamlNode n) {
        if (n.isMap()) {
            YamlNode.Fields w = n.fields("nl", "en");
            return new nl.ppsim.scenario.Wording(
                    w.require("nl", "de tekst in het Nederlands", "the text in Dutch")
                            .text(),
                    text(w.get("en")));
        }
        return nl.ppsim.scenario.Wording.dutch(n.text());
    }

    private static String text(YamlNode n) {
        return n == null ? "" : n.text();
    }
}
