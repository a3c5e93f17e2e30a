package nl.ppsim.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Input;
import nl.ppsim.model.Bearer;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.model.Payer;
import nl.ppsim.model.Step;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.StopRule;

/** Reads the {@code business_models} section against the catalog. */
final class BusinessModelSection {
    private BusinessModelSection() {}

    static List<BusinessModelUse> read(YamlNode node, int horizon, Set<String> indices) {
        List<BusinessModelUse> uses = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : ScenarioReader.items(node, "bedrijfsmodellen")) {
            BusinessModelUse use = one(item, horizon, indices);
            if (!names.add(use.name())) {
                throw item.error(
                        "naam '" + use.name() + "' komt twee keer voor; geef elk bedrijfsmodel een eigen 'name'",
                        "name '" + use.name() + "' appears twice; give each business model its own 'name'");
            }
            uses.add(use);
        }
        return uses;
    }

    private static final String LIFETIME = BusinessModel.LIFETIME;

    /** Other names a scenario may give a parameter: the laboratorium's {@code replacement_years} of earlier versions. */
    static final Map<String, String> ALIASES = Map.of("replacement_years", LIFETIME);

    private static BusinessModelUse one(YamlNode node, int horizon, Set<String> indices) {
        YamlNode.Fields f = node.fields(
                "model",
                "name",
                "from_year",
                "to_year",
                "params",
                "vary",
                "stop_rule",
                "persistence",
                "payers",
                "carried_by",
                "in_kind_from",
                "absorbed",
                "indexed",
                "vat");
        String key = f.require(
                        "model",
                        "een van: " + String.join(", ", Catalog.keys()),
                        "one of: " + String.join(", ", Catalog.keys()))
                .choice(Catalog.keys());
        BusinessModel model = Catalog.find(key).orElseThrow();
        String name = f.get("name") == null ? model.dutchName() : f.get("name").name(ScenarioReader.MAX_NAME_LENGTH);
        int from = f.get("from_year") == null ? 1 : f.get("from_year").integer(1, horizon);
        int to = f.get("to_year") == null ? horizon : f.get("to_year").integer(1, horizon);
        if (from > to) {
            throw (f.get("to_year") != null ? f.get("to_year") : f.get("from_year"))
                    .error(
                            "to_year (" + to + ") ligt voor from_year (" + from + ")",
                            "to_year (" + to + ") lies before from_year (" + from + ")");
        }
        Boolean varyAll = null;
        if (f.get("vary") != null) {
            varyAll = f.get("vary").choice(List.of("per_year", "per_iteration")).equals("per_year");
        }
        Map<String, YamlNode> given = new LinkedHashMap<>();
        if (f.get("params") != null) {
            List<String> valid = new java.util.ArrayList<>(
                    model.parameters().stream().map(Parameter::key).toList());
            ALIASES.forEach((alias, target) -> {
                if (valid.contains(target)) {
                    valid.add(alias);
                }
            });
            YamlNode.Fields pf = f.get("params").fields(valid.toArray(String[]::new));
            for (String k : pf.keys()) {
                YamlNode v = pf.get(k);
                if (v == null) {
                    throw f.get("params")
                            .error("parameter '" + k + "' heeft geen waarde", "parameter '" + k + "' has no value");
                }
                String target = ALIASES.getOrDefault(k, k);
                if (given.containsKey(target)) {
                    throw v.error(
                            "'" + k + "' is een andere naam voor '" + target + "', dat hier al staat; geef er één",
                            "'" + k + "' is another name for '" + target + "', which is given here too; give one");
                }
                given.put(target, v);
            }
        }
        YamlNode modelPersistence = f.get("persistence");
        if (modelPersistence != null
                && Boolean.FALSE.equals(varyAll)
                && DistributionReader.persistenceValue(modelPersistence) > 0) {
            throw modelPersistence.error(
                    "persistence verbindt opeenvolgende jaren en past niet bij vary: per_iteration",
                    "persistence links consecutive years and does not go with vary: per_iteration");
        }
        Map<String, Input> params = new LinkedHashMap<>();
        Map<String, Boolean> perYear = new LinkedHashMap<>();
        String paramsPath = node.path() + ".params";
        for (Parameter p : model.parameters()) {
            YamlNode v = given.get(p.key());
            boolean yearly = varyAll != null ? varyAll : p.perYear();
            double fallback = !yearly
                    ? 0
                    : modelPersistence != null
                            ? DistributionReader.persistenceValue(modelPersistence)
                            : p.kind() == Parameter.Kind.COUNT ? Catalog.VOLUME_PERSISTENCE : 0;
            Input input;
            if (v != null) {
                input = validate(v, p);
                if (p.key().equals(LIFETIME) && !(Bounds.lowest(input.distribution()) >= 1)) {
                    throw v.error(
                            "een levensduur is minstens 1 jaar, kreeg "
                                    + input.distribution().describe() + "; de investering"
                                    + " wordt elke " + LIFETIME
                                    + " jaar vervangen en de structurele toets rekent investering / " + LIFETIME
                                    + " per jaar (een lab dat nooit vervangen wordt: geef een levensduur langer dan de horizon)",
                            "a lifetime is at least 1 year, got "
                                    + input.distribution().describe() + "; the investment is replaced every "
                                    + LIFETIME + " years and the structural test charges investment / " + LIFETIME
                                    + " a year (equipment never"
                                    + " replaced: give a lifetime longer than the horizon)");
                }
                input = input.withPersistence(DistributionReader.persistence(v, fallback));
                if (!yearly && input.persistence() > 0) {
                    throw v.error(
                            "persistence verbindt opeenvolgende jaren; deze parameter wordt één keer per trekking getrokken"
                                    + " (geef het model 'vary: per_year' als hij elk jaar anders moet zijn)",
                            "persistence links consecutive years; this parameter is drawn once per iteration (give the model 'vary: per_year' if it should differ every year)");
                }
            } else if (p.optional()) {
                continue;
            } else {
                input = new Input(paramsPath + "." + p.key(), p.defaultValue(), Input.CATALOG_DEFAULT, fallback);
            }
            params.put(p.key(), input);
            perYear.put(p.key(), yearly);
        }
        StopRule stop = f.get("stop_rule") == null ? null : stopRule(f.get("stop_rule"), horizon);
        Map<String, Map<Payer, Double>> payers = f.get("payers") == null ? Map.of() : payers(f.get("payers"), model);
        Map<String, Bearer> carriedBy = f.get("carried_by") == null ? Map.of() : carriedBy(f.get("carried_by"), model);
        List<String> inKindFrom = new ArrayList<>();
        if (f.get("in_kind_from") != null) {
            for (YamlNode n : f.get("in_kind_from").list()) {
                inKindFrom.add(n.name(ScenarioReader.MAX_NAME_LENGTH));
            }
        }
        BusinessModelUse.Absorption absorption =
                f.get("absorbed") == null ? null : absorbed(f.get("absorbed"), model, horizon);
        // indices: a parameter's own 'indexed', else the model's, else the catalog's (wages or prices) when the
        // scenario declares it
        String all = f.get("indexed") == null ? null : DistributionReader.checkIndex(f.get("indexed"), indices);
        Map<String, String> indexed = new LinkedHashMap<>();
        for (Parameter p : model.parameters()) {
            YamlNode v = given.get(p.key());
            String own = DistributionReader.index(v, indices);
            if (own != null && p.kind() != Parameter.Kind.AMOUNT) {
                throw v.error(
                        "alleen een bedrag in euro kan een index volgen; " + p.key() + " is geen bedrag",
                        "only a euro amount can follow an index; " + p.key() + " is not an amount");
            }
            String index = own != null
                    ? own
                    : p.kind() != Parameter.Kind.AMOUNT
                            ? null
                            : all != null ? all : indices.contains(p.defaultIndex()) ? p.defaultIndex() : null;
            if (index != null && params.containsKey(p.key())) {
                indexed.put(p.key(), index);
            }
        }
        Map<String, nl.ppsim.model.Vat> vat = f.get("vat") == null ? Map.of() : vat(f.get("vat"), model);
        return new BusinessModelUse(
                key,
                name,
                from,
                to,
                params,
                perYear,
                stop,
                payers,
                carriedBy,
                node.path(),
                inKindFrom,
                absorption,
                indexed,
                vat);
    }

    /**
     * {@code payers: {werkveld: 0.6, deelnemers: 0.4}} for all revenue items of the model, or per
     * item: {@code payers: {course_fees: {werkveld: 0.6, deelnemers: 0.4}, rent: werkveld}}.
     */
    private static Map<String, Map<Payer, Double>> payers(YamlNode node, BusinessModel model) {
        List<String> items =
                model.steps(Step.Kind.REVENUE).stream().map(Step::name).toList();
        if (items.isEmpty()) {
            throw node.error(
                    "bedrijfsmodel " + model.key() + " heeft geen opbrengsten om betalers voor te geven",
                    "business model " + model.key() + " has no revenue to give payers for");
        }
        List<String> valid = new ArrayList<>(Payer.keys());
        valid.addAll(items);
        YamlNode.Fields f = node.fields(valid.toArray(String[]::new));
        boolean allItems = f.keys().stream().allMatch(Payer.keys()::contains);
        Map<String, Map<Payer, Double>> out = new LinkedHashMap<>();
        if (allItems) {
            Map<Payer, Double> shares = shares(node);
            for (String item : items) {
                out.put(item, shares);
            }
            return out;
        }
        for (String k : f.keys()) {
            if (!items.contains(k)) {
                throw node.error(
                        "geef betalers voor alle opbrengsten ({" + Payer.keys().get(1) + ": 0.6, "
                                + Payer.DEELNEMERS.key() + ": 0.4}) of per opbrengst ({" + items.get(0)
                                + ": ...}), niet door elkaar;"
                                + " opbrengsten van " + model.key() + ": " + String.join(", ", items),
                        "give payers for all revenue ({" + Payer.keys().get(1) + ": 0.6, " + Payer.DEELNEMERS.key()
                                + ": 0.4}) or per revenue item ({" + items.get(0)
                                + ": ...}), not mixed; revenue items of " + model.key() + ": "
                                + String.join(", ", items));
            }
            YamlNode v = f.get(k);
            if (v == null) {
                throw node.error("opbrengst '" + k + "' heeft geen betalers", "revenue item '" + k + "' has no payers");
            }
            out.put(k, v.isScalar() ? Map.of(Payer.of(v.choice(Payer.keys())), 1.0) : shares(v));
        }
        return out;
    }

    /** {@code {werkveld: 0.6, deelnemers: 0.4}}: shares between 0 and 1 that add up to 1. */
    private static Map<Payer, Double> shares(YamlNode node) {
        YamlNode.Fields f = node.fields(Payer.keys().toArray(String[]::new));
        Map<Payer, Double> shares = new java.util.EnumMap<>(Payer.class);
        double sum = 0;
        for (String k : f.keys()) {
            YamlNode v = f.get(k);
            if (v == null) {
                throw node.error("betaler '" + k + "' heeft geen aandeel", "payer '" + k + "' has no share");
            }
            double share = v.number();
            if (!(share >= 0 && share <= 1)) {
                throw v.error(
                        "een aandeel ligt tussen 0 en 1 (0.25 = 25%), kreeg " + nl.ppsim.dist.Numbers.brief(share),
                        "a share lies between 0 and 1 (0.25 = 25%), got " + nl.ppsim.dist.Numbers.brief(share));
            }
            shares.put(Payer.of(k), share);
            sum += share;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw node.error(
                    "de aandelen van de betalers tellen op tot "
                            + nl.ppsim.dist.Numbers.brief(Math.round(sum * 1e9) / 1e9)
                            + "; samen moeten ze 1 zijn (bv. {werkveld: 0.6, deelnemers: 0.4})",
                    "the payers' shares add up to " + nl.ppsim.dist.Numbers.brief(Math.round(sum * 1e9) / 1e9)
                            + "; together they must be 1 (e.g. {werkveld: 0.6, deelnemers: 0.4})");
        }
        return shares;
    }

    /** {@code carried_by: {teachers: pps, partner_trainers: onderwijs}}: who carries a cost item, in cash (pps) or in kind. */
    /** {@code vat: {rent: exempt}}: the VAT class of revenue steps; a cost step's VAT follows its model's revenue. */
    private static Map<String, nl.ppsim.model.Vat> vat(YamlNode node, BusinessModel model) {
        List<String> revenue =
                model.steps(Step.Kind.REVENUE).stream().map(Step::name).toList();
        List<String> costs =
                model.steps(Step.Kind.COST).stream().map(Step::name).toList();
        List<String> classes = java.util.Arrays.stream(nl.ppsim.model.Vat.values())
                .map(nl.ppsim.model.Vat::id)
                .toList();
        Map<String, nl.ppsim.model.Vat> out = new LinkedHashMap<>();
        YamlNode.Fields f = node.fields();
        for (String k : f.keys()) {
            YamlNode v = f.get(k);
            if (costs.contains(k)) {
                throw (v == null ? node : v)
                        .error(
                                "kostenpost '" + k
                                        + "' heeft geen btw-instelling: de btw op kosten volgt de opbrengsten van het"
                                        + " model (aftrekbaar naar het belaste deel); geef de btw van de opbrengsten: "
                                        + String.join(", ", revenue),
                                "cost item '" + k
                                        + "' has no VAT setting: the VAT on costs follows the model's revenue (deductible in the taxed"
                                        + " share); give the VAT of the revenue items: " + String.join(", ", revenue));
            }
            if (!revenue.contains(k)) {
                throw node.error(
                        "'" + k + "' is geen opbrengstpost van " + model.key() + YamlNode.suggestion(k, revenue)
                                + "; geldig: " + String.join(", ", revenue),
                        "'" + k + "' is not a revenue item of " + model.key() + YamlNode.suggestion(k, revenue, true)
                                + "; valid: " + String.join(", ", revenue));
            }
            if (v == null) {
                throw node.error(
                        "opbrengstpost '" + k + "' heeft geen btw-klasse; geldig: " + String.join(", ", classes),
                        "revenue item '" + k + "' has no VAT class; valid: " + String.join(", ", classes));
            }
            out.put(k, nl.ppsim.model.Vat.of(v.choice(classes)));
        }
        return out;
    }

    /** {@code absorbed: {from_year: 5, by: onderwijs, items: [teachers]}}. */
    private static BusinessModelUse.Absorption absorbed(YamlNode node, BusinessModel model, int horizon) {
        YamlNode.Fields f = node.fields("from_year", "by", "items");
        int from = f.require(
                        "from_year",
                        "het simulatiejaar vanaf wanneer de groep de posten draagt, bv. 5",
                        "the simulation year from which the group carries the items, e.g. 5")
                .integer(1, horizon);
        List<String> groups = List.of(Bearer.ONDERWIJS.key(), Bearer.WERKVELD.key(), Bearer.OVERHEID.key());
        Bearer by = Bearer.of(f.require(
                        "by",
                        "de groep die de posten dan in haar reguliere budget draagt: " + String.join(", ", groups),
                        "the group that then carries the items in its regular budget: " + String.join(", ", groups))
                .choice(groups));
        List<String> costs =
                model.steps(Step.Kind.COST).stream().map(Step::name).toList();
        List<String> items = new ArrayList<>();
        YamlNode list = f.require(
                "items",
                "de kostenposten van het model die opgaan, bv. [teachers]; geldig: " + String.join(", ", costs),
                "the model's cost items that are absorbed, e.g. [teachers]; valid: " + String.join(", ", costs));
        for (YamlNode n : list.list()) {
            items.add(n.choice(costs));
        }
        if (items.isEmpty()) {
            throw list.error(
                    "noem minstens één kostenpost; geldig: " + String.join(", ", costs),
                    "name at least one cost item; valid: " + String.join(", ", costs));
        }
        return new BusinessModelUse.Absorption(from, by, items, node.path());
    }

    private static Map<String, Bearer> carriedBy(YamlNode node, BusinessModel model) {
        List<String> items =
                model.steps(Step.Kind.COST).stream().map(Step::name).toList();
        YamlNode.Fields f = node.fields(items.toArray(String[]::new));
        Map<String, Bearer> out = new LinkedHashMap<>();
        for (String k : f.keys()) {
            YamlNode v = f.get(k);
            if (v == null) {
                throw node.error(
                        "kostenpost '" + k + "' heeft geen drager; geldig: " + String.join(", ", Bearer.keys()),
                        "cost item '" + k + "' has no bearer; valid: " + String.join(", ", Bearer.keys()));
            }
            out.put(k, Bearer.of(v.choice(Bearer.keys())));
        }
        return out;
    }

    private static Input validate(YamlNode v, Parameter p) {
        return switch (p.kind()) {
            case AMOUNT, COUNT -> ScenarioReader.amount(v);
            case FRACTION -> {
                Distribution d = DistributionReader.distribution(v);
                if (!(d.lower() >= 0 && d.upper() <= 1)) {
                    throw v.error(
                            "een fractie ligt tussen 0 en 1 (0.25 = 25%), kreeg " + d.describe(),
                            "a fraction lies between 0 and 1 (0.25 = 25%), got " + d.describe());
                }
                yield new Input(v.path(), d, DistributionReader.source(v));
            }
            case YEARS -> {
                Distribution d = DistributionReader.distribution(v);
                if (d.lower() < 0 || d.upper() > 100) {
                    throw v.error(
                            "een aantal jaren ligt tussen 0 en 100, kreeg " + d.describe(),
                            "a number of years lies between 0 and 100, got " + d.describe());
                }
                // a period or lag counts whole years (the model rounds a draw); only a ramp-up may take part of a year
                if (d.isConstant()
                        && d.mean() != Math.rint(d.mean())
                        && !p.key().equals(nl.ppsim.model.BusinessModel.RAMP_UP_YEARS)) {
                    throw v.error(
                            p.key() + " telt hele jaren, kreeg " + d.describe() + "; geef een geheel getal, bv. "
                                    + Math.round(Math.max(1, d.mean())),
                            p.key() + " counts whole years, got " + d.describe() + "; give a whole number, e.g. "
                                    + Math.round(Math.max(1, d.mean())));
                }
                yield new Input(v.path(), d, DistributionReader.source(v));
            }
        };
    }

    private static StopRule stopRule(YamlNode node, int horizon) {
        YamlNode.Fields f = node.fields("margin_below", "years", "wind_down_cost", "after_overhead");
        int years = f.require("years", "het aantal opeenvolgende jaren met een te lage marge, bv. 'years: 2'")
                .integer(1, horizon);
        double margin = f.get("margin_below") == null ? 0 : Bounds.signedAmount(f.get("margin_below"));
        double windDown = 0;
        if (f.get("wind_down_cost") != null) {
            windDown = Bounds.signedAmount(f.get("wind_down_cost"));
            if (windDown < 0) {
                throw f.get("wind_down_cost")
                        .error(
                                "afbouwkosten kunnen niet negatief zijn, kreeg "
                                        + nl.ppsim.dist.Numbers.brief(windDown),
                                "wind-down costs cannot be negative, got " + nl.ppsim.dist.Numbers.brief(windDown));
            }
        }
        boolean afterOverhead = f.get("after_overhead") != null
                && f.get("after_overhead").choice(List.of("true", "false")).equals("true");
        return new StopRule(margin, years, windDown, afterOverhead);
    }
}
