package nl.ppsim.scenario;

import nl.ppsim.engine.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads subsidy schemes: the shipped ones from resources ({@code schemes/<id>.yaml}) and custom rules in a scenario. */
public final class SchemeReader {
    /** Schemes shipped with ppsim; adding one is adding a file to resources/schemes and its id here. */
    public static final List<String> SHIPPED = List.of("rif");

    static final String[] RULE_KEYS = {"total_subsidy", "subsidy_share", "group_shares", "hour_rate", "duration_years",
        "payments", "years_after_subsidy", "settlement", "notes"};

    private SchemeReader() {
    }

    public static SubsidyScheme shipped(String id) {
        String resource = "/schemes/" + id + ".yaml";
        try (InputStream in = SchemeReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scheme resource missing: " + resource);
            }
            YamlNode root = ScenarioReader.compose(new String(in.readAllBytes(), StandardCharsets.UTF_8), "ppsim:" + resource);
            return read(root, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads scheme rules; a shipped file also has id, title and regulation. */
    static SubsidyScheme read(YamlNode node, boolean shipped) {
        List<String> keys = new ArrayList<>(List.of(RULE_KEYS));
        if (shipped) {
            keys.addAll(List.of("id", "title", "regulation"));
        }
        YamlNode.Fields f = node.fields(keys.toArray(String[]::new));
        String id = shipped ? f.require("id", "").text() : "custom";
        String title = shipped ? f.require("title", "").text() : "Eigen regels (custom)";
        String regulation = shipped && f.get("regulation") != null ? f.get("regulation").text() : "eigen regels in het scenario";
        SubsidyScheme.Limit[] groups = {SubsidyScheme.Limit.NONE, SubsidyScheme.Limit.NONE, SubsidyScheme.Limit.NONE};
        if (f.get("group_shares") != null) {
            YamlNode.Fields g = f.get("group_shares").fields("onderwijs", "werkveld", "overheid");
            for (Group group : Group.values()) {
                if (g.get(group.key()) != null) {
                    groups[group.ordinal()] = share(g.get(group.key()));
                }
            }
        }
        SubsidyScheme.Limit duration = limit(f.get("duration_years"), "value", "extension");
        if (duration.present()) {
            YamlNode v = f.get("duration_years").fields("value", "extension", "source", "min", "max", "unverified").get("value");
            if (v == null || !Double.isNaN(duration.min()) || !Double.isNaN(duration.max())) {
                throw f.get("duration_years").error("de looptijd is één aantal hele jaren: {value: 4, extension: 1}");
            }
            v.integer(1, 50);
        }
        double extension = Double.NaN;
        if (f.get("duration_years") != null) {
            YamlNode ext = f.get("duration_years").fields("value", "extension", "source", "unverified").get("extension");
            extension = ext == null ? 0 : ext.integer(0, 10);
        }
        SubsidyScheme.Payments payments = null;
        if (f.get("payments") != null) {
            YamlNode.Fields p = f.get("payments").fields("first", "then", "per_year", "source");
            YamlNode firstNode = p.require("first", "het eerste voorschot als fractie, bv. 0.25");
            double first = fraction(firstNode);
            if (!(first > 0)) {
                throw firstNode.error("het eerste voorschot moet groter dan 0 zijn (anders wordt er niets uitbetaald), kreeg 0");
            }
            double then = fraction(p.require("then", "elk volgend voorschot als fractie, bv. 0.05"));
            int perYear = p.require("per_year", "voorschotten per jaar, bv. 4").integer(1, 12);
            payments = new SubsidyScheme.Payments(first, then, perYear, text(p.get("source")));
        }
        boolean proRata = false;
        String settlementSource = "";
        if (f.get("settlement") != null) {
            YamlNode.Fields s = f.get("settlement").fields("rule", "source");
            proRata = s.require("rule", "pro_rata of none").choice(List.of("pro_rata", "none")).equals("pro_rata");
            settlementSource = text(s.get("source"));
        }
        List<String> notes = new ArrayList<>();
        if (f.get("notes") != null) {
            for (YamlNode n : f.get("notes").list()) {
                notes.add(n.text());
            }
        }
        SubsidyScheme.Limit share = f.get("subsidy_share") == null ? SubsidyScheme.Limit.NONE : share(f.get("subsidy_share"));
        double minimums = (Double.isNaN(share.min()) ? 0 : share.min());
        for (SubsidyScheme.Limit g : groups) {
            minimums += Double.isNaN(g.min()) ? 0 : g.min();
        }
        if (minimums > 1 + 1e-9) {
            throw (f.get("group_shares") != null ? f.get("group_shares") : f.get("subsidy_share")).error(
                    "de minimale aandelen (subsidie en groepen) tellen op tot " + Numbers.brief(minimums)
                            + ", meer dan 1 (100%): geen begroting kan daaraan voldoen");
        }
        SubsidyScheme.Limit total = limit(f.get("total_subsidy"));
        for (double v : new double[] {total.min(), total.max(), total.value()}) {
            if (!Double.isNaN(v) && !(v >= 0 && v <= Bounds.MAX_AMOUNT)) {
                throw f.get("total_subsidy").error("een subsidiebedrag ligt tussen 0 en " + Numbers.brief(Bounds.MAX_AMOUNT)
                        + ", kreeg " + Numbers.brief(v));
            }
        }
        SubsidyScheme.Limit hourRate = limit(f.get("hour_rate"));
        if (hourRate.present() && !(hourRate.value() > 0 && hourRate.value() <= 10_000)) {
            throw f.get("hour_rate").error("het uurtarief is een bedrag per uur (value) groter dan 0 en hoogstens 10000, kreeg "
                    + (Double.isNaN(hourRate.value()) ? "geen value" : Numbers.brief(hourRate.value())));
        }
        SubsidyScheme.Limit after = limit(f.get("years_after_subsidy"));
        if (after.present()) {
            YamlNode min = f.get("years_after_subsidy").fields("min", "max", "value", "source", "unverified").get("min");
            if (min == null) {
                throw f.get("years_after_subsidy").error("geef het minimale aantal jaren na de subsidie als {min: 4}");
            }
            min.integer(0, 100);
        }
        return new SubsidyScheme(id, title, regulation, total, share, groups,
                hourRate, duration, extension, payments, after, proRata,
                settlementSource, List.copyOf(notes));
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
            throw node.error("min (" + min + ") is groter dan max (" + max + ")");
        }
        boolean unverified = f.get("unverified") != null && f.get("unverified").choice(List.of("true", "false")).equals("true");
        return new SubsidyScheme.Limit(min, max, value, text(f.get("source")), unverified);
    }

    private static SubsidyScheme.Limit share(YamlNode node) {
        SubsidyScheme.Limit l = limit(node);
        for (double v : new double[] {l.min(), l.max(), l.value()}) {
            if (!Double.isNaN(v) && (v < 0 || v > 1)) {
                throw node.error("een aandeel ligt tussen 0 en 1 (1/3 = 0.3333), kreeg " + v);
            }
        }
        return l;
    }

    private static double fraction(YamlNode n) {
        double v = n.number();
        if (v < 0 || v > 1) {
            throw n.error("een fractie ligt tussen 0 en 1, kreeg " + v);
        }
        return v;
    }

    private static String text(YamlNode n) {
        return n == null ? "" : n.text();
    }
}
