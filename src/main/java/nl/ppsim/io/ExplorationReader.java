package nl.ppsim.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.Scenario;

/**
 * Reads a scenario's {@code explore:} section (docs/explore.md), validated once: model names that
 * are the scenario's, a minimum and maximum that fit, values that are numbers, an indifference
 * zone and an error rate that make sense. Whether a varied path is an input of the scenario is
 * checked when the scenario is compiled ({@link Exploration.Origin} carries where it is written).
 */
public final class ExplorationReader {
    /** Values a range without {@code steps} starts from, evenly spread from low to high, before a search refines them. */
    public static final int START_POINTS = 5;

    /**
     * Most evaluations the search of continuous ranges makes by default (an engineering limit: a
     * few seconds for a scenario of the example's size; {@code search_evaluations} changes it).
     */
    public static final int SEARCH_EVALUATIONS = 200;

    /**
     * The quantile of the final reserve aimed at by default: the worst tenth of the draws, the P10
     * of Monte Carlo practice (DNV, "Terminology explained: P10, P50 and P90", dnv.com) and the
     * percentile the report's tornado uses.
     */
    public static final double DEFAULT_QUANTILE = 0.1;

    private ExplorationReader() {}

    /** The exploration in {@code text} (the scenario file's text), for {@code scenario}; null when it has none. */
    public static Exploration read(String text, String file, Scenario scenario) {
        YamlNode root = ScenarioReader.compose(text, file);
        YamlNode node = root.fields(ScenarioReader.TOP_KEYS).get("explore");
        if (node == null) {
            return null;
        }
        YamlNode.Fields f = node.fields(
                "include_models",
                "vary",
                "objective",
                "target",
                "quantile",
                "constraints",
                "delta",
                "alpha",
                "max_iterations",
                "search_evaluations");
        List<String> names =
                scenario.businessModels().stream().map(m -> m.name()).toList();
        List<String> models = new ArrayList<>();
        int min = 0;
        int max = 0;
        if (f.get("include_models") != null) {
            YamlNode im = f.get("include_models");
            YamlNode.Fields m = im.fields("from", "min", "max");
            Set<String> seen = new LinkedHashSet<>();
            YamlNode from = m.require(
                    "from", "een lijst van namen uit business_models", "a list of names from business_models");
            for (YamlNode n : from.list()) {
                String name = modelName(n, scenario, names);
                if (!seen.add(name)) {
                    throw n.error("'" + name + "' staat er twee keer", "'" + name + "' appears twice");
                }
            }
            models.addAll(seen);
            if (models.isEmpty()) {
                throw from.error("from noemt geen enkel bedrijfsmodel", "from names no business model");
            }
            min = m.get("min") == null
                    ? Math.min(1, models.size())
                    : m.get("min").integer(0, models.size());
            max = m.get("max") == null ? models.size() : m.get("max").integer(0, models.size());
            if (max < min) {
                throw m.get("max")
                        .error(
                                "max (" + max + ") is kleiner dan min (" + min + ")",
                                "max (" + max + ") is below min (" + min + ")");
            }
        }
        List<Exploration.Vary> vary = new ArrayList<>();
        if (f.get("vary") != null) {
            Set<String> paths = new LinkedHashSet<>();
            for (YamlNode v : f.get("vary").list()) {
                YamlNode.Fields x = v.fields("path", "values", "low", "high", "steps");
                YamlNode pathNode = x.require("path", "het YAML-pad van een invoer", "the YAML path of an input");
                String path = pathNode.text();
                if (!paths.add(path)) {
                    throw pathNode.error("pad '" + path + "' staat er twee keer", "path '" + path + "' appears twice");
                }
                List<Double> values = new ArrayList<>();
                double continuousLow = Double.NaN;
                double continuousHigh = Double.NaN;
                if (x.get("values") != null) {
                    if (x.get("low") != null || x.get("high") != null) {
                        throw v.error(
                                "geef values of low en high, niet allebei", "give values or low and high, not both");
                    }
                    for (YamlNode n : x.get("values").list()) {
                        values.add(n.number());
                    }
                } else {
                    YamlNode low = x.require("low", "values: [...] of low en high", "values: [...] or low and high");
                    YamlNode high = x.require("high", "values: [...] of low en high", "values: [...] or low and high");
                    double lo = low.number();
                    double hi = high.number();
                    if (!(hi > lo)) {
                        throw high.error(
                                "high (" + hi + ") moet groter zijn dan low (" + lo + ")",
                                "high (" + hi + ") must be above low (" + lo + ")");
                    }
                    int steps = x.get("steps") == null
                            ? START_POINTS
                            : x.get("steps").integer(2, 101);
                    if (x.get("steps") == null) {
                        continuousLow = lo;
                        continuousHigh = hi;
                    }
                    for (int i = 0; i < steps; i++) {
                        values.add(lo + (hi - lo) * i / (steps - 1));
                    }
                }
                if (values.isEmpty()) {
                    throw v.error("geen waarden om te proberen", "no values to try");
                }
                java.util.regex.Matcher inModel = java.util.regex.Pattern.compile(
                                "business_models\\[(\\d{1,4})\\]\\..*")
                        .matcher(path);
                String model = null;
                if (inModel.matches()) {
                    int i = Integer.parseInt(inModel.group(1));
                    if (i < names.size() && models.contains(names.get(i))) {
                        model = names.get(i);
                    }
                }
                vary.add(new Exploration.Vary(
                        path,
                        values,
                        continuousLow,
                        continuousHigh,
                        model,
                        new Exploration.Origin(file, pathNode.path(), pathNode.line())));
            }
        }
        if (models.isEmpty() && vary.isEmpty()) {
            throw node.error(
                    "explore kiest niets: geef include_models en/of vary",
                    "explore chooses nothing: give include_models and/or vary");
        }
        Exploration.Objective objective = Exploration.Objective.P_VERDUURZAAMD;
        if (f.get("objective") != null) {
            String key = f.get("objective")
                    .choice(java.util.Arrays.stream(Exploration.Objective.values())
                            .map(Exploration.Objective::key)
                            .toList());
            objective = java.util.Arrays.stream(Exploration.Objective.values())
                    .filter(o -> o.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        }
        double target = Double.NaN;
        if (objective == Exploration.Objective.LEAST_SUBSIDY) {
            YamlNode t = f.require(
                    "target",
                    "de kans die de route moet halen, bv. target: 0.5",
                    "the probability the route must reach, e.g. target: 0.5");
            target = t.number();
            if (!(target > 0 && target < 1)) {
                throw t.error("target ligt tussen 0 en 1, bv. 0.5", "target lies between 0 and 1, e.g. 0.5");
            }
        } else if (f.get("target") != null) {
            throw f.get("target")
                    .error("target hoort bij objective: least_subsidy", "target goes with objective: least_subsidy");
        }
        double quantile = Double.NaN;
        if (objective == Exploration.Objective.RESERVE_QUANTILE) {
            quantile = f.get("quantile") == null
                    ? DEFAULT_QUANTILE
                    : f.get("quantile").number();
            if (!(quantile > 0 && quantile < 1)) {
                throw f.get("quantile")
                        .error(
                                "quantile ligt tussen 0 en 1, bv. 0.1 (het slechtste tiende)",
                                "quantile lies between 0 and 1, e.g. 0.1 (the worst tenth)");
            }
        } else if (f.get("quantile") != null) {
            throw f.get("quantile")
                    .error(
                            "quantile hoort bij objective: reserve_quantile",
                            "quantile goes with objective: reserve_quantile");
        }
        double delta;
        if (objective == Exploration.Objective.RESERVE_QUANTILE) {
            YamlNode d = f.require(
                    "delta",
                    "het verschil in euro dat even goed telt, bv. delta: 10000",
                    "the difference in euro that counts as as good, e.g. delta: 10000");
            delta = positive(d);
        } else {
            delta = f.get("delta") == null ? 0.01 : f.get("delta").number();
        }
        if (objective != Exploration.Objective.RESERVE_QUANTILE && !(delta > 0 && delta < 0.5)) {
            throw f.get("delta")
                    .error(
                            "delta ligt tussen 0 en 0,5 (een kansverschil, bv. 0.01)",
                            "delta lies between 0 and 0.5 (a difference of probabilities, e.g. 0.01)");
        }
        double alpha = f.get("alpha") == null ? 0.05 : f.get("alpha").number();
        if (!(alpha > 0 && alpha < 0.5)) {
            throw f.get("alpha")
                    .error("alpha ligt tussen 0 en 0,5 (bv. 0.05)", "alpha lies between 0 and 0.5 (e.g. 0.05)");
        }
        int maxIterations = f.get("max_iterations") == null
                ? 200_000
                : f.get("max_iterations").integer(scenario.iterations(), ScenarioReader.MAX_ITERATIONS);
        double maxCompanies = Double.NaN;
        double maxSubsidy = Double.NaN;
        boolean schemeRules = false;
        boolean balance = false;
        Exploration.Origin constraints = null;
        if (f.get("constraints") != null) {
            YamlNode c = f.get("constraints");
            YamlNode.Fields cf = c.fields("max_company_contribution", "max_subsidy", "scheme_rules", "balance");
            constraints = new Exploration.Origin(file, c.path(), c.line());
            if (cf.get("max_company_contribution") != null) {
                maxCompanies = positive(cf.get("max_company_contribution"));
            }
            if (cf.get("max_subsidy") != null) {
                maxSubsidy = positive(cf.get("max_subsidy"));
            }
            schemeRules = flag(cf.get("scheme_rules"));
            balance = flag(cf.get("balance"));
            if (schemeRules && scenario.scheme() == null) {
                throw cf.get("scheme_rules")
                        .error(
                                "scheme_rules vraagt een regeling: het scenario noemt geen subsidy.scheme",
                                "scheme_rules needs a scheme: the scenario names no subsidy.scheme");
            }
        }
        return new Exploration(
                models,
                min,
                max,
                vary,
                delta,
                alpha,
                maxIterations,
                maxCompanies,
                maxSubsidy,
                schemeRules,
                balance,
                constraints,
                objective,
                target,
                quantile,
                f.get("search_evaluations") == null
                        ? SEARCH_EVALUATIONS
                        : f.get("search_evaluations").integer(10, 10_000),
                new Exploration.Origin(file, node.path(), node.line()));
    }

    /**
     * The business model a {@code from} entry means: its name in {@code business_models}, or else
     * the catalog key or handbook name ({@code trainingsbureau}, {@code Trainingsbureau}) of exactly
     * one of the scenario's models.
     */
    private static String modelName(YamlNode n, Scenario scenario, List<String> names) {
        String written = n.text();
        if (names.contains(written)) {
            return written;
        }
        String w = written.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> matches = scenario.businessModels().stream()
                .filter(m -> m.model().equalsIgnoreCase(w)
                        || nl.ppsim.model.Catalog.find(m.model())
                                .map(c -> c.dutchName().equalsIgnoreCase(w)
                                        || c.englishName().equalsIgnoreCase(w))
                                .orElse(false))
                .map(m -> m.name())
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw n.error(
                    "'" + written + "' past op meer dan één bedrijfsmodel (" + String.join(", ", matches)
                            + "); noem het bij zijn naam",
                    "'" + written + "' fits more than one business model (" + String.join(", ", matches)
                            + "); name it by its name");
        }
        throw n.error(
                "'" + written + "' is geen bedrijfsmodel van dit scenario; geldig: " + String.join(", ", names),
                "'" + written + "' is not a business model of this scenario; valid: " + String.join(", ", names));
    }

    private static boolean flag(YamlNode n) {
        return n != null && n.choice(List.of("true", "false")).equals("true");
    }

    private static double positive(YamlNode n) {
        double x = n.number();
        if (!(x > 0)) {
            throw n.error("een bedrag in euro groter dan 0, bv. 2000000", "an amount in euro above 0, e.g. 2000000");
        }
        return x;
    }
}
